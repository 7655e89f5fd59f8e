// Markdown for Markdown components, descriptions and articles: marked for the syntax,
// highlight.js for code blocks, DOMPurify so that no script or handler gets through.

import { Marked } from "marked";
import DOMPurify from "dompurify";
import hljs from "highlight.js/lib/core";
import python from "highlight.js/lib/languages/python";
import javascript from "highlight.js/lib/languages/javascript";
import typescript from "highlight.js/lib/languages/typescript";
import go from "highlight.js/lib/languages/go";
import json from "highlight.js/lib/languages/json";
import bash from "highlight.js/lib/languages/bash";
import xml from "highlight.js/lib/languages/xml";
import css from "highlight.js/lib/languages/css";
import sql from "highlight.js/lib/languages/sql";
import yaml from "highlight.js/lib/languages/yaml";

for (const [name, lang] of Object.entries({ python, javascript, typescript, go, json, bash, xml, css, sql, yaml })) {
  hljs.registerLanguage(name, lang);
}
hljs.registerAliases(["sh", "shell"], { languageName: "bash" });
hljs.registerAliases(["html"], { languageName: "xml" });
hljs.registerAliases(["js"], { languageName: "javascript" });
hljs.registerAliases(["ts"], { languageName: "typescript" });
hljs.registerAliases(["py"], { languageName: "python" });

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function parser(breaks: boolean): Marked {
  const m = new Marked({ gfm: true, breaks });
  m.use({
    renderer: {
      code({ text, lang }) {
        const language = (lang || "").split(/\s/)[0];
        const body = language && hljs.getLanguage(language)
          ? hljs.highlight(text, { language, ignoreIllegals: true }).value
          : escape(text);
        return `<pre><code class="hljs${language ? " language-" + escape(language) : ""}">${body}</code></pre>\n`;
      },
    },
  });
  return m;
}

const plain = parser(false);
const withBreaks = parser(true);

/** Renders Markdown to HTML, sanitised unless sanitize is false. */
export function markdown(text: string, opts: { sanitize?: boolean; lineBreaks?: boolean } = {}): string {
  const out = (opts.lineBreaks ? withBreaks : plain).parse(text ?? "", { async: false }) as string;
  return opts.sanitize === false ? out : sanitize(out);
}

/** Removes scripts, event handlers and javascript: URLs from HTML. */
export function sanitize(htmlText: string): string {
  return DOMPurify.sanitize(htmlText, { ADD_ATTR: ["target"] });
}
