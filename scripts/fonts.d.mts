// Types of scripts/fonts.mjs for the TypeScript configs that import it (playwright.storybook.config.ts).
/** Where Debian's fonts-dejavu-core puts the fonts. */
export declare const FONT_DIR: string;
/** The fonts directory, installing fonts-dejavu-core as root when the fonts are missing. */
export declare function ensureFonts(): string;
/** Writes and returns a fontconfig file offering the fonts-dejavu-core files only, with fixed rendering settings. */
export declare function fontconfigFile(dir?: string): string;
