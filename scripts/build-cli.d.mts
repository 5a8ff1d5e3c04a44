/** Where `npm run extract` keeps the CLI's bundle. */
export declare const CLI_BUNDLE: URL;
/** Whether a source under cli/ or lib/ (or the lockfile) is newer than the bundle. */
export declare function cliBundleIsStale(): boolean;
/** Bundles cli/extract.ts into one ES module; returns the file written. */
export declare function buildCli(outfile?: string): Promise<string>;
