// Write vendor/MANIFEST.json: every vendored file with its npm package,
// version, licence, size and sha256.  Called by vendor.sh.
// Usage: node manifest.mjs VENDOR_DIR NODE_MODULES_DIR
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const [vendor, nodeModules] = process.argv.slice(2);
const NOTES = {
  "world-atlas": "TopoJSON of Natural Earth 1:50m/1:110m admin-0 countries; Natural Earth data is public domain, the package ISC",
};

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(vendor)
  .filter((path) => !path.endsWith("MANIFEST.json"))
  .map((path) => {
    const rel = relative(vendor, path).split("\\").join("/");
    const pkg = rel.split("/")[0];
    const meta = JSON.parse(readFileSync(join(nodeModules, pkg, "package.json"), "utf8"));
    const data = readFileSync(path);
    const entry = {
      path: rel, package: pkg, version: meta.version, license: meta.license,
      bytes: data.length, sha256: createHash("sha256").update(data).digest("hex"),
    };
    if (NOTES[pkg]) entry.note = NOTES[pkg];
    return entry;
  });

const manifest = {
  generated_by: "web/vendor.sh from web/package-lock.json",
  modified: "sourceMappingURL comments removed from .js/.css files; otherwise byte-identical to the npm packages",
  files,
};
writeFileSync(join(vendor, "MANIFEST.json"), JSON.stringify(manifest, null, 2) + "\n");
