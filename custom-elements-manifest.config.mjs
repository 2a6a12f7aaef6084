// `npm run docs` (scripts/api-docs.mjs) writes custom-elements.json from the elements' JSDoc.

/**
 * The elements declare reactive properties in `static properties` (smaller than decorators); the
 * analyzer lists every entry there as an attribute, including private `{state: true}` ones, which
 * have none. Drop the attributes of private fields.
 */
const noPrivateAttributes = {
  name: 'no-private-attributes',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.attributes) continue;
        const privateFields = new Set(
          (declaration.members ?? [])
            .filter((member) => member.kind === 'field' && member.privacy === 'private')
            .map((member) => member.name),
        );
        declaration.attributes = declaration.attributes.filter(
          (attribute) => !privateFields.has(attribute.fieldName),
        );
        for (const member of declaration.members ?? []) {
          if (privateFields.has(member.name)) delete member.attribute;
        }
      }
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/elements/shared/!(article-element).ts'],
  outdir: '.',
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [noPrivateAttributes],
};
