/** Types of chromium.config.js, which plain-JavaScript configs import too. */
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
