// `npm start`: install the freshly built plugin into example-vault/ and print that vault's dashboard.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const vault = "example-vault";
const pluginDir = join(vault, ".obsidian", "plugins", "mentoring-notes");
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(pluginDir, file));
console.log(`Installed the plugin into ${pluginDir}. Open ${vault}/ as a vault in Obsidian and enable "Mentoring notes".\n`);

if (existsSync("dist/cli.cjs")) {
  const result = spawnSync(process.execPath, ["dist/cli.cjs", "dashboard", vault], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
