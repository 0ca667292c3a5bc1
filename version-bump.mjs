// Keeps package.json, manifest.json and versions.json in step. Obsidian reads the version from
// manifest.json and the release tag, and versions.json tells older apps which plugin version they can run.
//
//   npm version 0.2.0          npm sets package.json, then runs this (the "version" script) and tags 0.2.0
//   node version-bump.mjs 0.2.0   the same by hand, without a commit or tag
//   node version-bump.mjs --check  fails when the three files disagree (CI and the release workflow)
import { readFileSync, writeFileSync } from "node:fs";

const SEMVER = /^\d+\.\d+\.\d+$/;

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Two-space JSON with a final newline, as the files are written by hand and by npm. */
function writeJson(path, data) {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function fail(message) {
  console.error(`version-bump: ${message}`);
  process.exit(1);
}

function check() {
  const pkg = readJson("package.json");
  const manifest = readJson("manifest.json");
  const versions = readJson("versions.json");
  const problems = [];
  if (manifest.version !== pkg.version) problems.push(`manifest.json has ${manifest.version}, package.json ${pkg.version}`);
  if (versions[manifest.version] !== manifest.minAppVersion) {
    problems.push(`versions.json maps ${manifest.version} to ${versions[manifest.version] ?? "nothing"}, manifest.json needs ${manifest.minAppVersion}`);
  }
  if (problems.length > 0) fail(problems.join("; "));
  console.log(`version-bump: ${manifest.version} (Obsidian ${manifest.minAppVersion} or later) in all three files`);
}

function bump(version) {
  if (!SEMVER.test(version)) fail(`"${version}" is not a release version (x.y.z, no "v"): Obsidian's tag is the version exactly`);
  const pkg = readJson("package.json");
  if (pkg.version !== version) {
    pkg.version = version;
    writeJson("package.json", pkg);
  }
  const manifest = readJson("manifest.json");
  manifest.version = version;
  writeJson("manifest.json", manifest);
  // Every released version stays listed: older apps look up the newest one they can run.
  const versions = readJson("versions.json");
  versions[version] = manifest.minAppVersion;
  writeJson("versions.json", versions);
  console.log(`version-bump: ${version} (Obsidian ${manifest.minAppVersion} or later)`);
}

const argument = process.argv[2];
if (argument === "--check") check();
else {
  const version = argument ?? process.env.npm_package_version;
  if (!version) fail("give the version (node version-bump.mjs 0.2.0), or run it through npm version");
  bump(version);
}
