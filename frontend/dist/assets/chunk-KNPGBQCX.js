import{a as U}from"./chunk-VUUZNZVR.js";import{a as V}from"./chunk-ZFITRCAI.js";import{b as T,c as P,e as q,f as N}from"./chunk-H6LKGIRZ.js";import{d as G}from"./chunk-4BY5VSFZ.js";import{a as M}from"./chunk-WPMDZ3VC.js";import"./chunk-6VDU4B6A.js";import{g as K,h as w}from"./chunk-SUUXRMRK.js";import{a as z,b as B,c as D,e as C}from"./chunk-NCJSEHBS.js";import{c as h}from"./chunk-P7YIV3HJ.js";import{j as n,n as p}from"./chunk-INOPCPV3.js";import"./chunk-OOJM4CTU.js";var Z={copy:"M9 9h11v11H9zM5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1",trash:"M3 6h18M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6M10 11v6M14 11v6M9 6V4h6v2",like:"M7 10v11M15 5.9 14 10h5.8a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 18.4 21H7V10l4-8a3 3 0 0 1 4 3.9zM3 10h4v11H3z",dislike:"M17 14V3M9 18.1 10 14H4.2a2 2 0 0 1-2-2.3l1.4-7A2 2 0 0 1 5.6 3H17v11l-4 8a3 3 0 0 1-4-3.9zM21 14h-4V3h4z",retry:"M21 12a9 9 0 1 1-2.6-6.4M21 3v6h-6",undo:"M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",edit:"M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",flag:"M4 22V4M4 4h13l-2 4 2 4H4",file:"M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6"};function _(r){return n`<svg class="gr-chat-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${Z[r]} /></svg>`}function k(r,i,t,e){return n`<button
    type="button"
    class="gr-icon-button gr-chat-btn"
    aria-label=${i}
    title=${i}
    aria-pressed=${e==null?p:String(e)}
    @click=${t}
  >
    ${_(r)}
  </button>`}function I(r){let i=Array.isArray(r)?r:[],t=[];return i.forEach((e,s)=>{if(Array.isArray(e)){e.forEach((a,l)=>{a!=null&&t.push({index:s,role:l===0?"user":"assistant",parts:W(a),metadata:null,options:null,raw:e,children:[]})});return}!e||typeof e!="object"||t.push({index:s,role:String(e.role??"assistant"),parts:W(e.content),metadata:e.metadata&&typeof e.metadata=="object"?e.metadata:null,options:Array.isArray(e.options)?e.options.filter(a=>a&&a.value!=null):null,raw:e,children:[]})}),t}function W(r){if(r==null)return[];if(typeof r=="string")return[{type:"text",text:r}];if(Array.isArray(r))return r.map(i=>typeof i=="string"?{type:"text",text:i}:b(i)?{type:"file",file:i}:i).filter(Boolean);if(typeof r=="object"){let i=r;return b(i)?[{type:"file",file:i}]:i.file||i.path?[{type:"file",file:i.file??i,alt_text:i.alt_text??null}]:[i]}return[{type:"text",text:String(r)}]}function H(r){let i=[];for(let t of r){let e=i[i.length-1];(!e||e.role!==t.role)&&(e={role:t.role,top:[],all:[],first:t.index},i.push(e)),e.all.push(t)}for(let t of i){let e=new Map;for(let s of t.all){s.children=[];let a=s.metadata?.parent_id,l=a!=null?e.get(String(a)):void 0;l?l.children.push(s):t.top.push(s),s.metadata?.id!=null&&e.set(String(s.metadata.id),s)}}return i}function A(r){return r.parts.filter(t=>(t.type??"text")==="text").map(t=>String(t.text??"")).join(`
`)}function S(r){return r.parts.every(i=>(i.type??"text")==="text")?A(r):r.parts.length===1?r.parts[0]:r.parts}function J(r){return r.map(i=>{let t=A(i)||i.parts.map(e=>e.file&&b(e.file)?w(e.file):"").filter(Boolean).join(", ");return`${i.role}: ${t}`}).join(`

`)}function L(r){let i=r?.content;if(typeof i=="string")return i.length;if(!Array.isArray(i))return 0;let t=i.length;for(let e of i)e&&typeof e.text=="string"&&(t+=e.text.length);return r?.metadata?.status&&(t+=r.metadata.status.length*1e3),t}function Q(r){let i=r.all[r.all.length-1];return`${r.all.length}:${L(i.raw)}:${i.metadata?.status??""}:${i.metadata?.duration??""}`}function O(r){return r.scrollHeight-r.scrollTop-r.clientHeight<48}function b(r){return r!=null&&typeof r=="object"&&(typeof r.path=="string"||typeof r.url=="string")}function E(r){let i=(r.mime_type??"").toLowerCase();if(i.startsWith("image/"))return"image";if(i.startsWith("audio/"))return"audio";if(i.startsWith("video/"))return"video";let t=(w(r).split(".").pop()??"").toLowerCase();return["png","jpg","jpeg","gif","webp","svg","avif","bmp","ico"].includes(t)?"image":["mp3","wav","ogg","oga","flac","m4a","aac","opus","weba"].includes(t)?"audio":["mp4","webm","ogv","mov","m4v","mkv"].includes(t)?"video":"file"}function X(r){if(r<60)return`${r<10?r.toFixed(1):Math.round(r)}s`;let i=Math.floor(r/60);return`${i}m ${Math.round(r-i*60)}s`}var F=class{constructor(i,t){this.chat=i;this.uid=t;this.open=new Map;this.parts=new Map;this.loading=new Set}clear(){this.open.clear(),this.parts.clear()}message(i){let t=n`${i.parts.map((s,a)=>this.part(i,s,a))}${i.children.map(s=>this.message(s))}`,e=i.metadata;if(e&&e.title){let s=e.id!=null?`id:${e.id}`:`i:${i.index}`,a=e.status==="pending",l=this.open.get(s)??e.status!=="done",o=`${this.uid}-thought-${i.index}`;return n`<div class="gr-chat-thought ${a?"gr-chat-thought-pending":""}" data-index=${i.index}>
        <button
          type="button"
          class="gr-chat-thought-head"
          aria-expanded=${String(l)}
          aria-controls=${o}
          @click=${()=>{this.open.set(s,!l),this.chat.tick++}}
        >
          <span class="gr-chat-caret" aria-hidden="true"></span>
          ${a?n`<span class="gr-chat-spinner" role="status" aria-label=${h("chat.running")}></span>`:p}
          <span class="gr-chat-thought-title">${M(q(e.title,this.chat.props.sanitize_html!==!1))}</span>
          ${e.log?n`<span class="gr-chat-thought-log">${e.log}</span>`:p}
          ${typeof e.duration=="number"?n`<span class="gr-chat-thought-duration">${X(e.duration)}</span>`:p}
        </button>
        <div class="gr-chat-thought-body" id=${o} ?hidden=${!l}>${t}</div>
      </div>`}return n`<div class="gr-chat-msg" data-index=${i.index}>${t}</div>`}part(i,t,e){switch(t.type??(t.file?"file":t.component?"component":"text")){case"text":{let a=String(t.text??"");return this.chat.props.render_markdown===!1?n`<div class="gr-chat-plain">${a}</div>`:n`<div class="gr-prose gr-chat-md">${P(a,this.mdOptions()).map(l=>M(l))}</div>`}case"file":return(Array.isArray(t.file)?t.file:t.file?[t.file]:[]).filter(b).map(l=>this.file(l,t.alt_text??null));case"component":return this.component(i,t,e);default:return n`<pre class="gr-chat-json">${JSON.stringify(t,null,2)}</pre>`}}file(i,t){let e=this.url(i),s=w(i),a=this.chat.props.allow_file_downloads!==!1,l=a?n`<a class="gr-chat-download" href=${e} download=${s} target="_blank" rel="noopener">Download ${s}</a>`:p;switch(E(i)){case"image":return n`<figure class="gr-chat-media"><img class="gr-chat-image" src=${e} alt=${t??s} loading="lazy" /></figure>`;case"audio":return n`<figure class="gr-chat-media"><audio controls preload="metadata" src=${e} title=${t??s}></audio>${l}</figure>`;case"video":return n`<figure class="gr-chat-media"><video controls preload="metadata" src=${e} title=${t??s}></video>${l}</figure>`;default:{let o=K(i.size);return n`<a class="gr-chat-file" href=${e} download=${a?s:p} target="_blank" rel="noopener">
          <span class="gr-chat-file-icon" aria-hidden="true">${_("file")}</span>
          <span class="gr-chat-file-name">${s}</span>${o?n`<span class="gr-chat-file-size">${o}</span>`:p}
        </a>`}}}component(i,t,e){let s=String(t.component??""),a=t.value,l=c=>(Array.isArray(c)?c:[c]).map(u=>b(u)?u:b(u?.image)?u.image:b(u?.video)?u.video:null).filter(Boolean);switch(s){case"image":case"audio":case"video":case"file":case"gallery":if(l(a).length)return l(a).map(c=>this.file(c,t.alt_text??null));break;case"markdown":if(typeof a=="string")return n`<div class="gr-prose gr-chat-md">${M(T(a,this.mdOptions()))}</div>`;break;case"html":if(typeof a=="string")return n`<div class="gr-chat-html">${M(this.chat.props.sanitize_html===!1?a:G(a))}</div>`;break}let o=s&&s!=="chatbot"?D(s):void 0;if(!o&&s&&s!=="chatbot"&&!this.loading.has(s)&&(this.loading.add(s),C([s]).then(()=>D(s)&&this.chat.requestUpdate())),o){let c=`${i.index}:${e}`,u={...t.constructor_args??{},...t.props??{},show_label:!1,container:!1},m=JSON.stringify([u,a]),g=this.parts.get(c);if(!g||g.kind!==s){let y=document.createElement(o);y.host=this.chat.host,y.interactive=!1,g={kind:s,json:"",el:y},this.parts.set(c,g)}if(g.json!==m){let y=g.el;y.props=u,y.value=a,g.json=m}return n`<div class="gr-chat-component">${g.el}</div>`}return n`<pre class="gr-chat-json">${JSON.stringify(a,null,2)}</pre>`}mdOptions(){let i=this.chat.props,t=Array.isArray(i.latex_delimiters)?i.latex_delimiters:[{left:"$$",right:"$$",display:!0}];return{sanitize:i.sanitize_html!==!1,lineBreaks:i.line_breaks!==!1,delimiters:t,allowTags:i.allow_tags===!0||Array.isArray(i.allow_tags)?i.allow_tags:!1,onMath:()=>this.chat.tick++}}url(i){return this.chat.host?this.chat.host.fileURL(i):i.url??i.path}};var j=class extends z{constructor(){super(...arguments);this.showScroll=!1;this.editing=null;this.tick=0;this.busy=!1;this.view=new F(this,this.uid);this.pinned=!0;this.lastTop=0;this.prevCount=0;this.prevLastLen=-1;this.feedback=new Map;this.resize=null;this.busyTimer=0;this.busyWatch=null;this.busyFrame=0;this.shown="";this.onScroll=()=>{let t=this.log;if(!t)return;let e=t.scrollTop;O(t)?this.pinned=!0:e<this.lastTop-1&&(this.pinned=!1),this.lastTop=e,this.pinned&&this.showScroll&&(this.showScroll=!1)};this.scrollDown=()=>{this.pinned=!0,this.showScroll=!1,this.toBottom(),this.log?.focus({preventScroll:!0})};this.onClick=t=>{if(N(t))return;let e=t.target;e.closest("button, a, input, textarea, select, audio, video, summary, details, gradio-audio, gradio-video")||String(window.getSelection?.()??"")===""&&this.selectAt(e)};this.onKey=t=>{if(t.key!=="Enter"||!this.props._selectable)return;let e=t.target;e.classList.contains("gr-chat-bubble")&&this.selectAt(e.querySelector(".gr-chat-msg, .gr-chat-thought")??e)};this.onEditKey=t=>{t.key==="Escape"?(t.preventDefault(),this.editing=null):t.key==="Enter"&&(t.ctrlKey||t.metaKey)&&!t.isComposing&&(t.preventDefault(),this.saveEdit())};this.saveEdit=()=>{let t=this.editing;if(!t||!Array.isArray(this.value))return;this.editing=null;let e=this.value.map((s,a)=>a===t.index?{...s,content:[{type:"text",text:t.text}]}:s);this.userValue(e),this.emit("edit",{index:t.index,value:t.text,previous_value:t.previous})}}static{this.properties={...z.properties,showScroll:{state:!0},editing:{state:!0},tick:{state:!0},busy:{state:!0}}}get log(){return this.querySelector(":scope > .gr-chatbot > .gr-chat-log")}connectedCallback(){super.connectedCallback(),this.resize=new ResizeObserver(()=>{this.pinned&&this.props.autoscroll!==!1&&this.toBottom()});let t=this.querySelector(".gr-chat-messages");t&&this.resize.observe(t);let e=this.parentElement;e&&(this.busyWatch=new MutationObserver(()=>this.watchBusy(e)),this.busyWatch.observe(e,{attributes:!0,attributeFilter:["aria-busy"]}))}disconnectedCallback(){super.disconnectedCallback(),this.resize?.disconnect(),this.resize=null,this.busyWatch?.disconnect(),this.busyWatch=null,cancelAnimationFrame(this.busyFrame),clearTimeout(this.busyTimer)}contentKey(){let t=Array.isArray(this.value)?this.value:[];return`${t.length}:${t.length?L(t[t.length-1]):-1}`}watchBusy(t){cancelAnimationFrame(this.busyFrame),this.busy=t.getAttribute("aria-busy")==="true";let e=()=>{this.contentKey()!==this.shown&&this.requestUpdate(),t.getAttribute("aria-busy")==="true"&&(this.busyFrame=requestAnimationFrame(e))};e()}async scheduleUpdate(){document.visibilityState!=="hidden"&&await new Promise(t=>{let e=setTimeout(t,100);requestAnimationFrame(()=>{clearTimeout(e),t()})}),super.scheduleUpdate()}messages(){return I(this.value)}willUpdate(t){t.has("value")&&this.editing&&!Array.isArray(this.value)&&(this.editing=null)}render(){let t=this.props,e=this.messages(),s=H(e),a=t.layout==="panel"?"panel":"bubble",l=Array.isArray(t.buttons)?t.buttons.filter(d=>typeof d=="string"):["copy","copy_all"],o=t.height===void 0?400:t.height,c=o!=null&&o!=="auto"&&o!=="",u=[c?`height:${R(o)}`:"",t.min_height!=null?`min-height:${R(t.min_height)}`:"",t.max_height!=null?`max-height:${R(t.max_height)}`:""].filter(Boolean).join(";"),m=s[s.length-1],g=e[e.length-1],y=m&&m.role==="assistant"?g?.options:null,f=t.label?this.uid+"-label":null;return n`${this.label(null)}
      <div class="gr-chatbot gr-chat-${a} ${t.resizable?"gr-chat-resizable":""} ${c?"gr-chat-fixed":""}" style=${u}>
        ${e.length?n`<div class="gr-chat-toolbar">
              ${l.includes("copy_all")?k("copy",h("chat.copy_conversation"),d=>this.copyText(d,J(e))):p}
              ${k("trash",h("chat.clear_conversation"),()=>this.clear())}
            </div>`:p}
        <div
          class="gr-chat-log"
          role="log"
          aria-live="polite"
          aria-labelledby=${f??p}
          aria-label=${f?p:h("chat.conversation")}
          tabindex="0"
          dir=${t.rtl?"rtl":p}
          @scroll=${this.onScroll}
          @click=${this.onClick}
          @keydown=${this.onKey}
        >
          <div class="gr-chat-messages">
            ${e.length===0?this.emptyView():s.map((d,$)=>{let v=$===s.length-1,x=[...d.all.map(Y=>Y.raw),v?Q(d):0,v,t,this.tick,this.editing?.group===$?this.editing:null,this.interactive];return U(x,()=>this.groupView(d,$,v,a,l))})}
            ${y&&y.length?n`<div class="gr-chat-options" role="group" aria-label=${h("chat.suggested_replies")}>
                  ${y.map((d,$)=>n`<button type="button" class="gr-chat-option" @click=${()=>this.emit("option_select",{index:$,value:d.value})}>
                        ${d.label||d.value}
                      </button>`)}
                </div>`:p}
            ${m&&m.role==="user"?n`<div class="gr-chat-pending" aria-hidden="true"><span></span><span></span><span></span></div>`:p}
          </div>
        </div>
        ${this.showScroll?n`<button type="button" class="gr-chat-scroll" @click=${this.scrollDown}>
              <span aria-hidden="true">↓</span> New messages
            </button>`:p}
      </div>`}emptyView(){let t=this.props,e=Array.isArray(t.examples)?t.examples:[];return!t.placeholder&&e.length===0?n``:n`<div class="gr-chat-empty">
      ${t.placeholder?n`<div class="gr-prose gr-chat-placeholder">${M(T(String(t.placeholder),this.view.mdOptions()))}</div>`:p}
      ${e.length?n`<div class="gr-chat-examples" role="group" aria-label=${h("common.examples")}>
            ${e.map((s,a)=>{let l=Array.isArray(s?.files)?s.files.filter(b):[],o=s?.display_text??s?.text??"";return n`<button
                type="button"
                class="gr-chat-example"
                @click=${()=>this.emit("example_select",{index:a,value:{text:s?.text??"",files:s?.files??[]}})}
              >
                ${b(s?.icon)?n`<img class="gr-chat-example-icon" src=${this.view.url(s.icon)} alt="" />`:p}
                ${o?n`<span class="gr-chat-example-text">${o}</span>`:p}
                ${l.length?n`<span class="gr-chat-example-files">
                      ${l.map(c=>E(c)==="image"?n`<img class="gr-chat-example-thumb" src=${this.view.url(c)} alt=${w(c)} />`:n`<span class="gr-chat-example-file">${w(c)}</span>`)}
                    </span>`:p}
              </button>`})}
          </div>`:p}
    </div>`}groupView(t,e,s,a,l){let o=this.props,c=t.role==="user"?"user":t.role==="system"?"system":"assistant",u=Array.isArray(o.avatar_images)?o.avatar_images:[],m=c==="system"?null:u[c==="user"?0:1],g=typeof m=="string"?m:b(m)?this.view.url(m):null,y=o.group_consecutive_messages!==!1,f=o._selectable===!0,d=this.editing?.group===e?this.editing:null,$=x=>n`<div class="gr-chat-bubble ${f?"gr-chat-selectable":""}" part="message ${c}">${x}</div>`,v;return d?v=n`<div class="gr-chat-bubble gr-chat-editing">
        <textarea
          class="gr-input gr-textarea gr-chat-edit"
          aria-label=${h("chat.edit_message")}
          rows=${Math.min(12,Math.max(2,d.text.split(`
`).length))}
          .value=${V(d.text)}
          @input=${x=>this.editing={...d,text:x.target.value}}
          @keydown=${this.onEditKey}
        ></textarea>
        <div class="gr-chat-edit-buttons">
          <button type="button" class="gr-button gr-primary gr-sm" @click=${this.saveEdit}>${h("common.save")}</button>
          <button type="button" class="gr-button gr-secondary gr-sm" @click=${()=>this.editing=null}>${h("common.cancel")}</button>
        </div>
      </div>`:y?v=$(t.top.map(x=>this.view.message(x))):v=t.top.map(x=>$(this.view.message(x))),n`<div class="gr-chat-row gr-chat-${c}">
      ${g?n`<img class="gr-chat-avatar" src=${g} alt=${c==="user"?h("chat.user_avatar"):h("chat.assistant_avatar")} />`:p}
      <div class="gr-chat-col">${v} ${d?p:this.actions(t,e,s,c,l)}</div>
    </div>`}actions(t,e,s,a,l){let o=this.props,c=t.all.map(A).filter(Boolean).join(`

`),u=[];if(l.includes("copy")&&c&&u.push(k("copy",h("chat.copy_message"),f=>{this.copyText(f,c),this.emit("copy",{index:t.first,value:c})})),o.likeable===!0&&(a==="assistant"||a==="user"&&o.like_user_message===!0)){let f=Array.isArray(o.feedback_options)?o.feedback_options.map(String):["Like","Dislike"],d=this.feedbackOf(t,e);f.includes("Like")&&u.push(k("like",h("chat.like"),()=>this.like(t,!0),d===!0)),f.includes("Dislike")&&u.push(k("dislike",h("chat.dislike"),()=>this.like(t,!1),d===!1));let $=f.filter(v=>v!=="Like"&&v!=="Dislike");$.length&&u.push(n`<details class="gr-chat-feedback">
          <summary class="gr-icon-button gr-chat-btn" aria-label=${h("chat.more_feedback")} title=${h("chat.more_feedback")}>${_("flag")}</summary>
          <div class="gr-chat-feedback-menu" role="group" aria-label=${h("chat.feedback")}>
            ${$.map(v=>n`<button type="button" class="gr-chat-feedback-option" aria-pressed=${String(d===v)} @click=${x=>{x.currentTarget.closest("details")?.removeAttribute("open"),this.like(t,v)}}>${v}</button>`)}
          </div>
        </details>`)}s&&a==="assistant"&&!this.busy&&(o._retryable&&u.push(k("retry",h("chat.retry"),()=>this.undoRetry("retry"))),o._undoable&&u.push(k("undo",h("chat.undo"),()=>this.undoRetry("undo"))));let g=t.top[0],y=g&&g.parts.length>0&&g.parts.every(f=>(f.type??"text")==="text");return g&&y&&(o.editable==="all"||o.editable==="user"&&a==="user")&&u.push(k("edit",h("chat.edit_message"),()=>{let f=A(g);this.editing={group:e,index:g.index,text:f,previous:f},this.updateComplete.then(()=>this.querySelector(".gr-chat-edit")?.focus())})),u.length===0?p:n`<div class="gr-chat-actions" role="group" aria-label=${a==="user"?h("chat.user_actions"):h("chat.assistant_actions")}>${u}</div>`}firstUpdated(){let t=this.querySelector(".gr-chat-messages");t&&this.resize?.observe(t)}updated(t){let e=this.querySelector(".gr-chat-messages");e&&this.resize?.observe(e);let s=this.contentKey();if(!t.has("value")&&s===this.shown)return;this.shown=s;let a=this.log;if(!a)return;let l=Array.isArray(this.value)?this.value:[],o=l.length,c=l[o-1],u=c?L(c):-1;o>this.prevCount&&c?.role==="user"&&(this.pinned=!0),o===this.prevCount&&u!==this.prevLastLen&&(a.setAttribute("aria-busy","true"),clearTimeout(this.busyTimer),this.busyTimer=window.setTimeout(()=>a.removeAttribute("aria-busy"),1e3));let m=o!==this.prevCount||u!==this.prevLastLen;if(this.prevCount=o,this.prevLastLen=u,o===0){this.pinned=!0,this.showScroll=!1;return}this.props.autoscroll!==!1&&this.pinned?this.toBottom():m&&!O(a)&&!this.showScroll&&(this.showScroll=!0)}toBottom(){let t=this.log;if(!t)return;let e=t.scrollHeight-t.clientHeight;e>t.scrollTop&&(t.scrollTop=e),this.lastTop=t.scrollTop}selectAt(t){let e=t.closest(".gr-chat-msg, .gr-chat-thought");if(!e)return;let s=Number(e.dataset.index),a=this.messages().find(l=>l.index===s);a&&this.emit("select",{index:s,value:S(a)})}feedbackOf(t,e){if(this.feedback.has(t.first))return this.feedback.get(t.first);let s=this.props.feedback_value;if(!Array.isArray(s))return null;let l=H(this.messages()).slice(0,e).filter(c=>c.role==="assistant").length,o=s[l];return o==="Like"?!0:o==="Dislike"?!1:o??null}like(t,e){this.feedback.set(t.first,e),this.tick++,this.emit("like",{index:t.first,value:t.all.map(S),liked:e})}undoRetry(t){let e=this.messages(),s=e.length-1;for(;s>0&&e[s].role==="assistant";)s--;let a=e[s];a&&this.emit(t,{index:a.index,value:S(a)})}clear(){this.editing=null,this.feedback.clear(),this.view.clear(),this.userValue([]),this.emit("clear")}copyText(t,e){let s=t.currentTarget;this.props.watermark&&(e+=`

${this.props.watermark}`);let a=s.getAttribute("aria-label")??"";navigator.clipboard?.writeText(e).then(()=>{s.classList.add("gr-chat-copied"),s.setAttribute("aria-label",h("common.copied")),s.title=h("common.copied"),setTimeout(()=>{s.classList.remove("gr-chat-copied"),s.setAttribute("aria-label",a),s.title=a},1500)},()=>{})}};function R(r){return typeof r=="number"?`${r}px`:String(r)}B("chatbot",j);export{j as Chatbot};
