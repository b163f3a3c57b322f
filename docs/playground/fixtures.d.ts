/** The bundled fixture pages, embedded at build time by scripts/build-playground.mjs. */
declare module 'virtual:fixtures' {
  /** One fixture page: its folder under fixtures/ (`seeds`, `turan`, …), its file name without `.txt`, its text. */
  export interface Fixture {
    readonly group: string;
    readonly name: string;
    readonly text: string;
  }
  const fixtures: readonly Fixture[];
  export default fixtures;
}
