/**
 * Given names common in the region's news (Azerbaijani in English and Azerbaijani spelling, Turkish, Russian,
 * Central Asian, Georgian, Arabic and Western names). A capitalised word after one of them reads as a surname.
 * A gazetteer helps but is never the only way a person is found. Data only.
 *
 * @module
 */

const WHITE_SPACE = /\s+/;
const words = (s: string): readonly string[] => s.split(WHITE_SPACE).filter(Boolean);

/**
 * Given names in Latin script, with their Azerbaijani and Turkish spellings.
 *
 * @example
 * ```ts
 * GIVEN_NAMES.includes('Zakir'); // true
 * ```
 */
export const GIVEN_NAMES: readonly string[] = /* @__PURE__ */ words(`
  Abbas Abdulla Abdullah Abulfaz Abulfas Adil Adalat Afgan  Agil Ahmad Ahmed Akif Akram Ali Alakbar Alasgar
  Aleksandr Alexander Alexei Aliakbar Alim Alisher Allahshukur Almaz Altay Aly Amil Amin Anar Anvar Araz Arif Arzu
  Asad Asif Aslan Avaz Aydin Aydın Ayaz Azad Azer Azim Babak Bahram Bahruz Bakhtiyar Bahtiyar Bakir Bayram Behbud
  Bilal Boyukaga Chingiz Dashgin Davud Dilgam Elchin Eldar Eldaniz Elman Elmar Elmir Elnur Elshad Elshan Eltun
  Elvin Elvin Elxan Elkhan Emil Emin Eyvaz Fakhraddin Farid Farhad Farhad Fariz Farid Faig Fazil Fikrat Fuad
   Gadir Galib Ganimat Garib Gasham Gunduz Habib Hafiz Hajibala Hamid Hasan Hashim Heydar Hidayat Hikmat
  Hikmet Huseyn Huseyngulu Ibrahim Ilgar Ilham Ilkin Ilqar Ilyas Imran Intigam Isa Ismayil Ismail Jabrayil Jahangir
  Jalal Jamal Jamil Jamshid Javad Javid Javanshir Jeyhun Kamal Kamaladdin Kamil Kamran Karim Kerim Khalid Khalil
  Khanlar Khayal Khazar Khudu Mahir Mahmud Malik Mammad Mazahir Mehdi Mikayil Mirza Mobil Mubariz Muhammad Mukhtar
  Murad Murat Mushfig Mustafa Musa Nadir Namig Nariman  Natig Nazim Nijat Nizami  Nurlan Nurlan
  Oktay Orkhan Orxan Oruj Parviz  Polad Qadir Rafael Rafig Rahim Rahman Ramil Ramin Ramiz Rasim Rasul Rashad
  Rauf Rovshan Rovshan Rufat Ruslan Rustam Sabir Sadig Safar Sahib Sakhavat Samad Samir Sanan Sarkhan Sayavush
  Seymur Shahin Shahmar Shahriyar Shakir Shamil Shamkhal Shamsaddin Sharif Shukur Sirajaddin Suleyman  Tahir
  Talat Taleh Tariq Teymur Tofig Toghrul Togrul Tural Turgut Ulvi Usub Vagif Valeh Vasif Vugar Vusal Yagub Yahya
  Yashar Yasar Yaşar Yusif Zahid Zakir Zaur Zaman Ziya Zohrab Zeynal Ziyad Azər Əli Əliyar Əhməd Elçin Fərid Fuad
  Gülnar Həsən Hüseyn İlham İlqar Kamran Məmməd Mehriban Mübariz Nəsimi Rəşad Rövşən Ruslan Səbinə Şahin Tofiq
  Vüqar Vüsal Yaşar Zakir Ceyhun Cəmil Cavid Elnur Fərhad Heydər Məhəmməd Müslüm Nizami Orxan Pərviz Ramil Samir
  Aida Aygun Aygün Aynur Aysel Aytan Bahar Banu Dilara Elmira Elnara Farida Fatima Gulnar Gunay Günay Gulshan
  Jamila Kamala Khadija Konul Könül Lala Lamiya Laman Leyla Malahat Mehriban Nargiz Nigar Nurana Parvana Rana
  Rena Sabina Sadagat Samira Sevda Sevinj Sevinc Shahla Sona Tamilla Turkan Ulviyya Ulviya Vusala Zarifa Zahra
  Zulfiyya Ganira Gulnara Ilaha Khayala Madina Mahabbat Narmin Nazrin Ramila Saadat Sevil Ayten Ayna Fidan
  Ahmet Abdulkadir Bekir Binali Burak Cem Cevdet Devlet Emre Erdal Erdoğan Fahrettin Fatih Hakan Hulusi Ibrahim
  İbrahim Ismet Kemal Kenan Levent Mehmet Mesut Metin Mevlut Mevlüt Muhsin Mustafa Necmettin Numan Omer Ömer Osman
  Recep Sedat Selahattin Selcuk Selçuk Sinan Suat Süleyman Tayyip Tuncay Ufuk Umit Ümit Volkan Yavuz Yildirim
  Yıldırım Yusuf Zeki Ayşe Elif Emine Fatma Hatice Merve Meral Zeynep Numan Ilnur Hulusi Cahit Haluk Kürşad
  Vladimir Dmitry Dmitri Sergey Sergei Alexey Andrey Andrei Mikhail Nikolai Nikolay Pavel Yuri Yury Igor Ivan
  Oleg Viktor Boris  Maxim Anatoly Valentina Vyacheslav Konstantin Gennady Grigory Ilya Leonid Mikhail
  Pyotr Stanislav Timur Vadim Vitaly Yevgeny Evgeny Anna Maria Olga Tatiana Tatyana Natalia Elena Yelena Irina
  Svetlana Galina Lyudmila Maria Marina Ekaterina Yekaterina Veronika Volodymyr Petro Dmytro Oleksandr Andriy
  Kassym-Jomart Kassym Nursultan Yerzhan Yerlan Askar Marat Mukhtar Serik Daniyar Ruslan Zhaksylyk Bakhyt
  Shavkat Sherzod Jamshid Bakhtiyor Abdulaziz Ulugbek Rustam Sadyr Emomali Serdar Gurbanguly Rashid Rasit
  Irakli Levan Giorgi George Davit David Mikheil Salome Zurab Nikoloz Tamar Ilia Nino Ketevan Bidzina Grigol
  Nikol Armen Ararat Serzh Robert Vardan Arayik Ruben Aram Tigran
  Abdullah Muhammad Mohammed Mohammad Mahmoud Mahmood Hassan Hussein Hossein Ali Ebrahim Masoud Hassan Javad
  Abbas Saeed  Tamim Khalifa Faisal Salman  Zayed Anwar Nawaz Shehbaz Shahbaz Imran Asif Tariq
  Joe Joseph John James Michael Mark Marcus Peter Paul David Richard Robert William Charles Thomas Emmanuel
  Antony Anthony Donald Barack Hillary Kamala Jens Mark Ursula Charles Josep Olaf Angela Rishi Boris Emmanuel
  Giorgia Pedro Viktor Klaus Toivo Gitanas Edgars Alar Andrzej Petr Robert Janez Robert Nataša Tomaž Luka Miloš
  Aleksandar Ilir Edi Hiroshi Fumio Shinzo Yoshihide Xi Li Wang Narendra Rajnath Recep Kim  Yoon
  Tedros Antonio António Simon Helga Amina Matteo Giuseppe Sergio Francesco Jean Pierre Michel Nicolas François
  Rūta Ruta Ingrida Gabrielius Vytautas Dalia Kaja Karin Mette Ulf Jonas Sanna Magdalena Ulf Alexander
  Elizabeth Catherine Victoria Sarah Laura Julia Emily Helen Linda Susan
`);

/**
 * Given names in Cyrillic script (Russian-language pages), in the nominative; the common case forms are
 * derived when the lexicon is built.
 *
 * @example
 * ```ts
 * CYRILLIC_GIVEN_NAMES.includes('Джейхун'); // true
 * ```
 */
export const CYRILLIC_GIVEN_NAMES: readonly string[] = /* @__PURE__ */ words(`
  Ильхам Мехрибан Гейдар Закир Джейхун Рауф Ержан Роман Эльчин Хикмет Мухтар Микаил Парвиз Рашад Самир Ариф Али
  Анар Тофиг Фуад Ровшан Вугар Кямран Камран Эльнур Эльдар Эльман Ислам Ибрагим Рамиз Расим Рамиль Рамин Орхан
  Азер Адиль Акиф Алекпер Айдын Байрам Бахтияр Гасан Гусейн Джавид Иса Исмаил Мамед Мубариз Мурад Нариман Намик
  Низами Новруз Рафаэль Рустам Сабир Садиг Сахиб Тахир Теймур Фарид Фархад Шахин Эльшад Эмин Яшар Юсиф Зохраб
  Лейла Севиндж Гюнай Айгюн Айнур Эльнара Зарифа Нигяр Сабина Самира Гюльнар Камала Ульвия
  Реджеп Мехмет Мевлют Хулуси Яшар Ахмет Метин Сельчук Мухсин Кемаль Хакан Ибрагим Абдулкадир
  Владимир Дмитрий Сергей Алексей Андрей Михаил Николай Павел Юрий Игорь Иван Олег Виктор Борис Максим
  Анатолий Вячеслав Константин Геннадий Григорий Илья Леонид Петр Пётр Станислав Тимур Вадим Виталий Евгений
  Анна Мария Ольга Татьяна Наталья Елена Ирина Светлана Галина Людмила Марина Екатерина Вероника Валентина
  Касым-Жомарт Нурсултан Ержан Ерлан Аскар Марат Серик Данияр Руслан Бахыт Шавкат Шерзод Джамшид Садыр
  Эмомали Сердар Гурбангулы Ираклий Леван Георгий Давид Михаил Никол Армен Арарат Серж Ваган Тигран Арам
`);
