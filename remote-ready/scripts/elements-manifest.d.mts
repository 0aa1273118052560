export declare const manifestPath: string;
/** The manifest's JSON text, generated first when no build has written it. */
export declare function readElementsManifest(): string;
