/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real xMode API origin (e.g. `https://api.xmode.example`). Unset: the demo runs on the mock. */
  readonly VITE_XMODE_API_URL?: string;
}
