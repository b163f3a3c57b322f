import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// A Russian Turan teaser, written for this test in the outlet's format: the longest ending lines Turan has
// (the Russian paywall notice and social-network line) must still end the body and the sidebar.
const RUSSIAN_TEASER = [
  'Меджлис обсудит поправки к закону о медиа',
  'Баку/21.05.24/Туран: Милли Меджлис рассмотрит поправки к закону о медиа, которые ужесточат требования к интернет-изданиям, зарегистрированным за рубежом...',
  'Пожалуйста, войдите или подпишитесь, чтобы читать дальше.',
  '-',
  '- 21 мая 2024, 12:10',
  'Апелляционный суд оставил приговор бывшему главврачу районной больницы без изменений.',
  'Написать отзыв',
  'Подписывайтесь на нас в социальных сетях',
].join('\n');

describe('Turan endings', () => {
  it('ends a Russian teaser at its paywall line and keeps the sidebar out of the body', () => {
    const article = parseArticle(RUSSIAN_TEASER, { entities: false, dates: false });
    expect(article.outlet).toBe('turan');
    expect(article.language).toBe('ru');
    expect(article.paywalled).toBe(true);
    expect(article.paragraphs).toEqual([
      'Милли Меджлис рассмотрит поправки к закону о медиа, которые ужесточат требования к интернет-изданиям, зарегистрированным за рубежом...',
    ]);
    expect(article.dateline).toEqual({ place: 'Баку', date: '2024-05-21', agency: 'Туран' });
    expect(article.related).toEqual([
      {
        headline: 'Апелляционный суд оставил приговор бывшему главврачу районной больницы без изменений.',
        published: {
          iso: '2024-05-21T12:10:00+04:00',
          precision: 'minute',
          text: '21 мая 2024, 12:10',
          source: 'page',
        },
      },
    ]);
  });
});
