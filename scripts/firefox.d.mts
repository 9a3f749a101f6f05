// Types of scripts/firefox.mjs for the TypeScript files that import it (tests/browsers).
/** The path of a Firefox on this machine ($FIREFOX_PATH, else Debian's firefox-esr), or undefined. */
export declare function findFirefox(): string | undefined;
/** The path of a Firefox, installing Debian's firefox-esr as root when none is found. */
export declare function ensureFirefox(): string;
