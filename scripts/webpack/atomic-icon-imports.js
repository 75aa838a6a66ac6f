/**
 * A webpack loader that turns our `import { SaveRegular } from '@fluentui/react-icons'` into the
 * icon's own module (`@fluentui/react-icons/svg/save`), the build-time transform the package's
 * README recommends ("Atomic API"). Imported through the package's index, every icon any chunk
 * uses sits in one shared module that webpack places whole in the vendor chunk, so icons only a
 * lazily loaded view shows were in the first download; each in its own module, they go with that
 * view. The name → module rule is Fluent's own (docs/build-transforms.md, resolveFluentIconImport).
 */
const ICONS = /import\s*\{([^}]*)\}\s*from\s*['"]@fluentui\/react-icons['"];?/g;

function iconModule(name) {
  const match = name.match(/^(.+?)(\d+)?(Regular|Filled|Light|Color)$/);
  if (!match) return undefined;
  const kebab = match[1].replace(/[a-z\d](?=[A-Z])|[a-zA-Z](?=\d)|[A-Z](?=[A-Z][a-z])/g, '$&-').toLowerCase();
  return `@fluentui/react-icons/svg/${kebab}`;
}

module.exports = function atomicIconImports(source) {
  return source.replace(ICONS, (_whole, list) => {
    const byModule = new Map();
    for (const specifier of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      // `Name as Alias`: the module is the icon's, whatever the local name.
      const target = iconModule(specifier.split(/\s+as\s+/)[0]) ?? '@fluentui/react-icons';
      byModule.set(target, [...(byModule.get(target) ?? []), specifier]);
    }
    return [...byModule].map(([target, names]) => `import { ${names.join(', ')} } from '${target}';`).join('\n');
  });
};
