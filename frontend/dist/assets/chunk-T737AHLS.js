import{a,b as c}from"./chunk-DECO3CHZ.js";import{j as n,n as h}from"./chunk-FE2DSP6H.js";import"./chunk-OOJM4CTU.js";var o=class extends a{constructor(){super(...arguments);this.saved=[];this.current=null;this.own=void 0}static{this.properties={...a.properties,saved:{state:!0},current:{state:!0}}}connectedCallback(){super.connectedCallback(),this.saved=this.read()}get key(){return String(this.props.storage_key||"gradio-go-chats")}read(){try{let t=JSON.parse(localStorage.getItem(this.key)??"[]");return Array.isArray(t)?t.filter(e=>e&&typeof e.id=="string"&&Array.isArray(e.messages)):[]}catch{return[]}}write(t){this.saved=t;try{localStorage.setItem(this.key,JSON.stringify(t))}catch(e){console.warn("gradio: the chat history could not be saved",e)}}willUpdate(t){t.has("value")&&this.value!==this.own&&this.store(this.value)}store(t){let e=this.read(),r=this.current==null?-1:e.findIndex(d=>d.id===this.current);if(!Array.isArray(t)||t.length===0){r>=0&&e.splice(r,1),this.current=null,this.write(e);return}let s={id:this.current??u(),title:p(t),messages:t};r>=0?e[r]=s:e.unshift(s),this.current=s.id,this.write(e)}pick(t){this.current=t?.id??null,this.own=t?t.messages:[],this.value=this.own,this.emit("change"),this.emit("select",{index:t?this.saved.indexOf(t):null,value:this.own})}forget(t,e){t.stopPropagation(),this.write(this.read().filter(r=>r.id!==e.id)),this.current===e.id&&this.pick(null)}render(){return n`<nav class="gr-chat-history" aria-label="Conversations">
      <button type="button" class="gr-button gr-primary gr-chat-new" @click=${()=>this.pick(null)}>+ New chat</button>
      ${this.saved.length?n`<ul class="gr-chat-history-list">
            ${this.saved.map(t=>n`<li class="gr-chat-history-item ${t.id===this.current?"gr-current":""}">
                <button
                  type="button"
                  class="gr-chat-history-open"
                  aria-current=${t.id===this.current?"true":h}
                  title=${t.title}
                  @click=${()=>this.pick(t)}
                >
                  ${t.title}
                </button>
                <button type="button" class="gr-chat-history-delete" aria-label="Delete ${t.title}" title="Delete" @click=${e=>this.forget(e,t)}>×</button>
              </li>`)}
          </ul>`:n`<p class="gr-chat-history-empty">No saved conversations yet.</p>`}
    </nav>`}};function u(){return`${Date.now().toString(36)}-${Math.random().toString(36).slice(2,8)}`}function p(l){let i="";for(let t of l){if(t?.role!=="user")continue;let r=(Array.isArray(t.content)?t.content:[{type:"text",text:String(t.content??"")}]).filter(s=>s?.type==="text"&&s.text).map(s=>s.text).join(" ");if(r){i+=r;break}i+="📎 "}return i=i.trim(),i.length>40?i.slice(0,40)+"...":i||"Conversation"}c("chathistory",o);export{o as ChatHistory};
