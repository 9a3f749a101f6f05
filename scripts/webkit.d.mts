// Types of scripts/webkit.mjs for the TypeScript files that import it (tests/browsers).
export interface WebKitPaths {
  driver: string | undefined;
  browser: string | undefined;
  xvfb: string | undefined;
}
/** WebKitWebDriver, MiniBrowser and Xvfb on this machine; a missing one is undefined. */
export declare function findWebKit(): WebKitPaths;
/** The three paths, installing webkit2gtk-driver and xvfb as root when one is missing. */
export declare function ensureWebKit(): { driver: string; browser: string; xvfb: string };
