// Types of scripts/chromium.mjs for the TypeScript configs that import it (vite.config.ts).
/** Flags Chromium needs as root in a container, without network chatter. */
export declare const CHROMIUM_ARGS: string[];
/** The path of a Chromium on this machine ($CHROMIUM_PATH, else Debian's), or undefined. */
export declare function findChromium(): string | undefined;
/** The path of a Chromium, installing Debian's package as root when none is found. */
export declare function ensureChromium(): string;
