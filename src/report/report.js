// attrgraph report: renders the claims of the JSON data block, filtered and
// paged. Article text only ever reaches the page through textContent and
// attribute setters on elements this script makes: never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const PAGE = 50;
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value; else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  };
  const fold = (text) => (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");

  // What a claim is searched by: its text, origins, deniers, sentences, sources.
  for (const claim of data.claims) {
    claim.haystack = fold([claim.text, claim.origins, claim.deniers.join(" "), claim.short,
      ...claim.evidence.map((e) => (e.sentence + " " + (e.source || "") + " " + e.via))].join(" "));
  }

  const counts = data.counts.map(([name, n]) => n.toLocaleString("en") + " " + name).join(" · ");
  $("counts").textContent = counts;
  for (const publisher of data.publishers) {
    $("publisher").append(el("option", { value: publisher }, publisher));
  }

  let shown = 0;
  let matching = [];

  function filters() {
    return {
      words: fold($("search").value).split(/\s+/).filter(Boolean),
      publisher: $("publisher").value,
      since: $("since").value,
      until: $("until").value,
      score: Number($("credibility").value),
      min: Number($("min").value) || 0,
      contradicted: $("contradicted").checked,
    };
  }

  function passes(claim, f) {
    if (claim.independent < f.min) return false;
    if (f.score && claim.score > f.score) return false;
    if (f.contradicted && !claim.contradicted) return false;
    if (f.publisher && !claim.publishers.includes(f.publisher)) return false;
    if (f.since && !(claim.last && claim.last >= f.since)) return false;
    if (f.until && !(claim.first && claim.first.slice(0, f.until.length) <= f.until)) return false;
    return f.words.every((word) => claim.haystack.includes(word));
  }

  function articleLink(evidence) {
    if (!evidence.url || !/^https?:\/\//i.test(evidence.url)) return null;
    const words = evidence.sentence.split(/\s+/).slice(0, 8).join(" ");
    const link = el("a", { target: "_blank", rel: "noopener noreferrer" }, "open article");
    link.href = evidence.url.split("#")[0] + "#:~:text=" + encodeURIComponent(words);
    return link;
  }

  function neighbourhood(claim) {
    const NS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("class", "hood");
    svg.setAttribute("viewBox", "0 0 640 260");
    const node = (x, y, r, fill, label) => {
      const circle = document.createElementNS(NS, "circle");
      circle.setAttribute("cx", x); circle.setAttribute("cy", y); circle.setAttribute("r", r);
      circle.setAttribute("fill", fill);
      const text = document.createElementNS(NS, "text");
      text.setAttribute("x", x); text.setAttribute("y", y + r + 12);
      text.setAttribute("text-anchor", "middle"); text.setAttribute("font-size", "11");
      text.textContent = label.length > 28 ? label.slice(0, 27) + "…" : label;
      const title = document.createElementNS(NS, "title");
      title.textContent = label;
      circle.append(title);
      return [circle, text];
    };
    const line = (x1, y1, x2, y2, stroke) => {
      const edge = document.createElementNS(NS, "line");
      edge.setAttribute("x1", x1); edge.setAttribute("y1", y1);
      edge.setAttribute("x2", x2); edge.setAttribute("y2", y2);
      edge.setAttribute("stroke", stroke); edge.setAttribute("stroke-width", "1.5");
      return edge;
    };
    const speakers = new Map();
    for (const e of claim.evidence) {
      const name = e.source || (e.publisher ? e.publisher + " (narrator)" : "(unattributed)");
      if (!speakers.has(name)) speakers.set(name, e.stance);
    }
    for (const c of claim.conflicts) speakers.set("≠ " + c.text, "conflict");
    const names = [...speakers.keys()].slice(0, 14);
    const cx = 320, cy = 120;
    const parts = [];
    names.forEach((name, i) => {
      const angle = (2 * Math.PI * i) / names.length - Math.PI / 2;
      const x = cx + 230 * Math.cos(angle), y = cy + 95 * Math.sin(angle);
      const stance = speakers.get(name);
      const colour = stance === "denies" ? "#b3261e" : stance === "conflict" ? "#e08a00" : "#2e8b57";
      parts.push(line(x, y, cx, cy, colour), ...node(x, y, 7, colour, name));
    });
    parts.push(...node(cx, cy, 11, "#1f4e8c", claim.text));
    svg.append(...parts);
    return svg;
  }

  function body(claim) {
    const box = el("div", { class: "body" });
    box.append(el("p", {}, el("b", {}, "Independent origins: "), claim.origins || "none counted",
      claim.circular ? el("span", { class: "flag" }, "circular reporting") : null));
    if (claim.deniers.length) box.append(el("p", {}, el("b", {}, "Denied by: "), claim.deniers.join(", ")));
    box.append(el("p", { class: "meta" }, "Credibility " + claim.score + " (" + claim.label + "): " + claim.reason));
    if (claim.conflicts.length) {
      box.append(el("h4", {}, "Contradictions"));
      for (const conflict of claim.conflicts) {
        box.append(el("div", { class: "sides" },
          el("div", { class: "side" }, el("b", {}, "This claim"), el("div", {}, claim.text)),
          el("div", { class: "side" }, el("b", {}, conflict.id), el("div", {}, conflict.text),
            el("div", { class: "meta" }, conflict.reason))));
      }
    }
    box.append(el("h4", {}, "Evidence"));
    for (const e of claim.evidence) {
      const who = e.source || (e.publisher ? e.publisher + " (narrator)" : "(unattributed)");
      const path = [who, ...(e.via ? e.via.split("; ") : []), (e.publisher || "") + " " + e.document]
        .map((s) => s.trim()).join(" → ");
      box.append(el("div", { class: "evidence " + e.stance },
        el("div", { class: "path" }, e.stance + (e.cue ? " (“" + e.cue + "”)" : "") + ": " + path +
          (e.date ? " · " + e.date : "") + " ", articleLink(e)),
        el("blockquote", {}, e.sentence)));
    }
    const hidden = claim.attributions - claim.evidence.length;
    if (hidden > 0) {
      box.append(el("p", { class: "meta" }, hidden + " more attributions: attrgraph query claim " + claim.short));
    }
    box.append(el("h4", {}, "Neighbourhood"), neighbourhood(claim));
    return box;
  }

  function item(claim) {
    const details = el("details", { class: "claim", "data-id": claim.id });
    const dates = claim.first ? (claim.first === claim.last ? claim.first : claim.first + " – " + claim.last) : "";
    details.append(el("summary", {},
      el("span", { class: "badge", title: "independent sources" }, String(claim.independent)),
      el("span", {},
        el("span", { class: "text" }, claim.text),
        el("div", { class: "meta" },
          el("span", { class: "cred" + claim.score }, claim.score + " " + claim.label), " · ",
          claim.attributions + " attributions, " + claim.documents + " documents · " +
          claim.publishers.join(", ") + (dates ? " · " + dates : "") + " · " + claim.short,
          claim.contradicted ? el("span", { class: "flag" }, "contradicted") : null))));
    let filled = false;
    details.addEventListener("toggle", () => {
      if (details.open && !filled) { details.append(body(claim)); filled = true; }
    });
    return details;
  }

  function more() {
    const list = $("claims");
    for (const claim of matching.slice(shown, shown + PAGE)) list.append(item(claim));
    shown = Math.min(shown + PAGE, matching.length);
    $("status").textContent = matching.length.toLocaleString("en") + " of " +
      data.claims.length.toLocaleString("en") + " claims match; showing " + shown.toLocaleString("en");
    $("more").hidden = shown >= matching.length;
  }

  function update() {
    const f = filters();
    matching = data.claims.filter((claim) => passes(claim, f));
    shown = 0;
    $("claims").replaceChildren();
    more();
  }

  for (const id of ["search", "publisher", "since", "until", "credibility", "min", "contradicted"]) {
    $(id).addEventListener("input", update);
  }
  $("more").addEventListener("click", more);
  // A search given in the address (report.html#q=words) is typed in for you;
  // #open=1 opens the first claim listed.
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get("q")) $("search").value = params.get("q");
  update();
  const first = $("claims").firstElementChild;
  if (params.get("open") && first) first.open = true;
})();
