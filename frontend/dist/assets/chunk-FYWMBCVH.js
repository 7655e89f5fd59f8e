import{a as $}from"./chunk-WNVGT34X.js";import{a as p,b as g}from"./chunk-DECO3CHZ.js";import{c as k}from"./chunk-LWZLZVZV.js";import{a as b}from"./chunk-QS7NFM7G.js";import{c as f}from"./chunk-BRUYWUSU.js";import{j as h,n as a}from"./chunk-FE2DSP6H.js";var m=class extends p{constructor(){super(...arguments);this.cache={key:"",html:""}}render(){let t=this.props,e=typeof this.value=="string"?this.value:this.value==null?"":String(this.value),n=[t.height!=null?`height:${c(t.height)};overflow:auto`:"",t.max_height!=null?`max-height:${c(t.max_height)};overflow:auto`:"",t.min_height!=null?`min-height:${c(t.min_height)}`:""].filter(Boolean).join(";"),i=(t.buttons??[]).includes("copy");return h`${t.show_label===!0?this.label(null):a}
      <div class="gr-markdown ${i?"gr-has-copy":""}">
        ${i&&e?h`<div class="gr-markdown-buttons">${$(()=>this.value??"")}</div>`:a}
        <div
          class="gr-prose"
          dir=${t.rtl?"rtl":a}
          style=${n||a}
          aria-labelledby=${t.show_label===!0&&t.label?this.uid+"-label":a}
        >
          ${b(this.rendered(e))}
        </div>
      </div>`}rendered(t){let e=this.props,n=e.sanitize_html!==!1,i=e.line_breaks===!0,r=e.header_links===!0,o=`${n}|${i}|${r}|${t}`;if(this.cache.key!==o){let l=k(t,{sanitize:n,lineBreaks:i});r&&(l=y(l,v=>{let d=document.getElementById(v);return d!=null&&!this.contains(d)})),this.cache={key:o,html:l}}return this.cache.html}};function y(s,u){let t=document.createElement("template");t.innerHTML=s;let e=new Set;for(let n of t.content.querySelectorAll("h1, h2, h3, h4, h5, h6")){let i=(n.textContent??"").toLowerCase().trim().replace(/[^\p{L}\p{N}\s-]/gu,"").replace(/\s+/g,"-")||"section",r=i;for(let l=1;e.has(r)||u(r);l++)r=`${i}-${l}`;e.add(r),n.id=r;let o=document.createElement("a");o.className="gr-header-link",o.href=`#${r}`,o.setAttribute("aria-label",f("common.link_to",{title:n.textContent??""})),o.textContent="#",n.append(" ",o)}return t.innerHTML}function c(s){return typeof s=="number"?`${s}px`:String(s)}g("markdown",m);export{c as a};
