import{a as m,b as v}from"./chunk-NCJSEHBS.js";import{c as $,d as w}from"./chunk-P7YIV3HJ.js";import{j as i,n as g}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var h=class extends m{constructor(){super(...arguments);this.page=0;this.shown=null}static{this.properties={...m.properties,page:{state:!0}}}connectedCallback(){super.connectedCallback(),S()}render(){let t=this.props,e=Array.isArray(t.sample_labels)?t.sample_labels:null,s=e?e.map(n=>[n]):Array.isArray(t.samples)?t.samples:[];t.samples!==this.shown&&(this.shown=t.samples,this.page=0);let r=e?["textbox"]:Array.isArray(t.components)?t.components:[],a=Math.max(1,Number(t.samples_per_page)||10),o=Math.ceil(s.length/a),d=Math.min(this.page,Math.max(0,o-1)),y=s.slice(d*a,(d+1)*a),A=(r.length<2||e!==null)&&t.layout!=="table",_=t.show_label===!1?g:i`<div class="gr-dataset-label">${w(t.label??"Examples")}</div>`,E=A?i`<div class="gr-dataset-gallery">
          ${y.map((n,c)=>i`<button type="button" class="gr-dataset-card" @click=${()=>this.pick(d*a+c,s)}>
              ${this.cell(r[0],n[0],!0)}
            </button>`)}
        </div>`:i`<div class="gr-dataset-table-wrap">
          <table class="gr-dataset-table">
            ${Array.isArray(t.headers)&&t.headers.length>0?i`<thead><tr>${t.headers.map(n=>i`<th>${n}</th>`)}</tr></thead>`:g}
            <tbody>
              ${y.map((n,c)=>i`<tr
                  tabindex="0"
                  @click=${()=>this.pick(d*a+c,s)}
                  @keydown=${p=>{(p.key==="Enter"||p.key===" ")&&(p.preventDefault(),this.pick(d*a+c,s))}}
                >
                  ${n.map((p,x)=>i`<td class="gr-dataset-${r[x]??"value"}">${this.cell(r[x],p,!1)}</td>`)}
                </tr>`)}
            </tbody>
          </table>
        </div>`;return i`${_}${E}${o>1?this.pager(d,o):g}`}pick(t,e){this.userValue(t),this.emit("click",t),this.emit("select",{index:t,value:e[t]??null})}pager(t,e){let s=[];for(let a of[0,t,e-1])for(let o=a-2;o<=a+2;o++)o>=0&&o<e&&!s.includes(o)&&s.push(o);s.sort((a,o)=>a-o);let r=[];return s.forEach((a,o)=>{o>0&&a-s[o-1]>1&&r.push(null),r.push(a)}),i`<nav class="gr-dataset-pages" aria-label=${$("common.pages")}>
      Pages:
      ${r.map(a=>a==null?i`<span>…</span>`:i`<button
              type="button"
              class=${a===t?"gr-current":""}
              aria-current=${a===t?"page":g}
              @click=${()=>this.page=a}
            >
              ${a+1}
            </button>`)}
    </nav>`}cell(t,e,s){return e==null?"":u(e)?this.file(t,e):Array.isArray(e)?e.length>0&&e.every(r=>u(r)||u(r?.image))?i`${e.slice(0,4).map(r=>this.file("image",u(r)?r:r.image))}`:t==="dataframe"?`${e.length} row(s)`:b(e.map(r=>typeof r=="object"?JSON.stringify(r):String(r)).join(", "),s):typeof e=="object"?t==="dataframe"&&Array.isArray(e.data)?`${e.data.length} row(s)`:typeof e.text=="string"?b(e.text,s):t==="colorpicker"?i`<span class="gr-dataset-swatch" style="background:${String(e)}"></span>`:b(JSON.stringify(e),s):t==="colorpicker"&&typeof e=="string"?i`<span class="gr-dataset-swatch" style="background:${e}"></span>${e}`:b(String(e),s)}file(t,e){let s=e.mime_type??"",r=e.orig_name??(e.path??e.url??"").split("/").pop()??"";return t==="image"||t==="gallery"||t==="imageslider"||t==="annotatedimage"||s.startsWith("image/")?i`<img class="gr-dataset-thumb" src=${this.host.fileURL(e)} alt=${r} loading="lazy" />`:i`<span class="gr-dataset-file">${r}</span>`}};function u(l){return l!=null&&typeof l=="object"&&(typeof l.path=="string"||typeof l.url=="string")&&"meta"in l}function b(l,f){let t=f?60:120;return l.length>t?l.slice(0,t-1)+"…":l}var k=!1;function S(){if(k)return;k=!0;let l=document.createElement("style");l.dataset.gradio="dataset",l.textContent=`
.gr-dataset-label { color: var(--gr-text-muted); font-size: 0.875rem; margin-bottom: 8px; }
.gr-dataset-gallery { display: flex; flex-wrap: wrap; gap: 8px; }
.gr-dataset-card { border: 1px solid var(--gr-border); border-radius: var(--gr-radius); background: var(--gr-block-bg);
  color: inherit; font: inherit; padding: 6px 10px; cursor: pointer; max-width: 100%; text-align: left; }
.gr-dataset-card:hover, .gr-dataset-card:focus-visible { border-color: var(--gr-primary); background: var(--gr-panel-bg); }
.gr-dataset-table-wrap { border: 1px solid var(--gr-border); border-radius: var(--gr-radius); overflow-x: auto; }
.gr-dataset-table { width: 100%; border-collapse: collapse; }
.gr-dataset-table th { padding: 8px; text-align: left; font-weight: 600; border-bottom: 1px solid var(--gr-border); white-space: nowrap; }
.gr-dataset-table td { padding: 8px; border-top: 1px solid var(--gr-border); }
.gr-dataset-table td.gr-dataset-textbox { max-width: 35ch; overflow: hidden; text-overflow: ellipsis; }
.gr-dataset-table tbody tr { cursor: pointer; }
.gr-dataset-table tbody tr:nth-child(even) { background: var(--gr-panel-bg); }
.gr-dataset-table tbody tr:hover, .gr-dataset-table tbody tr:focus-visible { background: var(--gr-secondary-hover); outline: none; }
.gr-dataset-thumb { max-height: 64px; max-width: 96px; object-fit: cover; border-radius: var(--gr-radius-sm); vertical-align: middle; margin-right: 4px; }
.gr-dataset-swatch { display: inline-block; width: 1em; height: 1em; border-radius: 3px; margin-right: 4px; vertical-align: middle; border: 1px solid var(--gr-border); }
.gr-dataset-pages { display: flex; justify-content: center; align-items: center; gap: 6px; margin-top: 8px; font-size: 0.875rem; color: var(--gr-text-muted); }
.gr-dataset-pages button { border: none; background: none; color: inherit; font: inherit; cursor: pointer; padding: 2px 6px; border-radius: var(--gr-radius-sm); }
.gr-dataset-pages button:hover { background: var(--gr-secondary); }
.gr-dataset-pages button.gr-current { font-weight: 700; color: var(--gr-text); }
`,document.head.append(l)}v("dataset",h);export{h as DatasetView};
