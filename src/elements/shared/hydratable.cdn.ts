/** `hydratable.ts` for the plain CDN file, which never hydrates: see there. */
export const hydratable: boolean = false;
