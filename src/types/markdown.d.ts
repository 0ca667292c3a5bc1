// Markdown templates are bundled as text (esbuild "text" loader; a vitest transform in tests).
declare module "*.md" {
  const text: string;
  export default text;
}
