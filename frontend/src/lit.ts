// Lit, as one module that the page's import map names "lit": custom components import it
// from there instead of bundling their own copy (see gradio.CustomComponent).
export * from "lit";
