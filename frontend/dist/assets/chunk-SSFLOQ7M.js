import{a as y}from"./chunk-ECV67A27.js";import{a as v,b as x,d as _}from"./chunk-H6LKGIRZ.js";import{c as b}from"./chunk-4BY5VSFZ.js";import{a as k}from"./chunk-WPMDZ3VC.js";import{a as g,b as f}from"./chunk-NCJSEHBS.js";import{c as $}from"./chunk-P7YIV3HJ.js";import{j as c,n as l}from"./chunk-INOPCPV3.js";var d=class extends g{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),n=[t.height!=null?`height:${m(t.height)};overflow:auto`:"",t.max_height!=null?`max-height:${m(t.max_height)};overflow:auto`:"",t.min_height!=null?`min-height:${m(t.min_height)}`:""].filter(Boolean).join(";"),i=(t.buttons??[]).includes("copy");return c`${t.show_label===!0?this.label(null):l}
      <div class="gr-markdown ${i?"gr-has-copy":""}">
        ${i&&e?c`<div class="gr-markdown-buttons">${y(()=>this.value??"")}</div>`:l}
        <div
          class="gr-prose"
          dir=${t.rtl?"rtl":l}
          style=${n||l}
          aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":l}
        >
          ${k(this.rendered(e))}
        </div>
      </div>`}rendered(t){let e=this.props,n=e.sanitize_html!==!1,i=e.line_breaks===!0,o=e.header_links===!0,r=Array.isArray(e.latex_delimiters)?e.latex_delimiters:[],a=`${n}|${i}|${o}|${v()}|${JSON.stringify(r)}|${t}`;if(this.cache.key!==a){let h=r.length&&_(t,r).math.length?x(t,{sanitize:n,lineBreaks:i,delimiters:r,onMath:()=>this.requestUpdate()}):b(t,{sanitize:n,lineBreaks:i});o&&(h=L(h,w=>{let p=document.getElementById(w);return p!=null&&!this.contains(p)})),this.cache={key:a,html:h}}return this.cache.html}};function L(s,u){let t=document.createElement("template");t.innerHTML=s;let e=new Set;for(let n of t.content.querySelectorAll("h1, h2, h3, h4, h5, h6")){let i=(n.textContent??"").toLowerCase().trim().replace(/[^\p{L}\p{N}\s-]/gu,"").replace(/\s+/g,"-")||"section",o=i;for(let a=1;e.has(o)||u(o);a++)o=`${i}-${a}`;e.add(o),n.id=o;let r=document.createElement("a");r.className="gr-header-link",r.href=`#${o}`,r.setAttribute("aria-label",$("common.link_to",{title:n.textContent??""})),r.textContent="#",n.append(" ",r)}return t.innerHTML}function m(s){return typeof s=="number"?`${s}px`:String(s)}f("markdown",d);export{m as a};
