export declare const fold: (s: unknown) => string;
export declare const alternatives: (g: string) => string[];
