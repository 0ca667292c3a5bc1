// Obsidian's DOM helpers (createEl, setText, addClass, ...), installed on a window's prototypes the way the
// app does, so plugin code runs unchanged under happy-dom and in a real browser. No HTML strings anywhere.

const XHTML_NS = "http://www.w3.org/1999/xhtml";

type AttrValue = string | number | boolean | null;

export interface DomElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, AttrValue>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

type ElementCallback<E> = (el: E) => void;
type HelperWindow = Window & typeof window;

function splitClasses(cls: string | string[]): string[] {
  const list = Array.isArray(cls) ? cls : [cls];
  return list.flatMap((c) => c.split(" ")).filter((c) => c.length > 0);
}

function setAttribute(el: Element, name: string, value: AttrValue | undefined): void {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

/** Applies createEl's options to a fresh element: a string is a class name, as in Obsidian. */
function applyInfo(el: HTMLElement, info: DomElementInfo | string | undefined, parent: Node | null): void {
  const o: DomElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
  if (o.cls !== undefined) el.classList.add(...splitClasses(o.cls));
  if (o.text !== undefined) {
    if (typeof o.text === "string") el.textContent = o.text;
    else el.appendChild(o.text);
  }
  for (const [name, value] of Object.entries(o.attr ?? {})) setAttribute(el, name, value);
  if (o.title !== undefined) el.title = o.title;
  if (o.type !== undefined) el.setAttribute("type", o.type);
  if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
  if (o.href !== undefined) el.setAttribute("href", o.href);
  if (o.value !== undefined) {
    if ("value" in el) (el as HTMLInputElement).value = o.value;
    else el.setAttribute("value", o.value);
  }
  const target = o.parent ?? parent;
  if (target) {
    if (o.prepend) target.insertBefore(el, target.firstChild);
    else target.appendChild(el);
  }
}

function makeElement<E extends HTMLElement>(
  doc: Document,
  tag: string,
  info: DomElementInfo | string | undefined,
  callback: ElementCallback<E> | undefined,
  parent: Node | null,
): E {
  // The one place that makes raw elements (this is createEl itself); same result as createElement.
  const el = doc.createElementNS(XHTML_NS, tag) as E;
  applyInfo(el, info, parent);
  callback?.(el);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** createSvg: the same options as createEl (class, attributes, parent), in the SVG namespace. */
function makeSvgElement(doc: Document, tag: string, info: DomElementInfo | string | undefined, callback: ((el: SVGElement) => void) | undefined, parent: Node | null): SVGElement {
  const el: SVGElement = doc.createElementNS(SVG_NS, tag);
  applyInfo(el as unknown as HTMLElement, info, parent);
  callback?.(el);
  return el;
}

function ownerDocumentOf(node: Node, fallback: Document): Document {
  return node.ownerDocument ?? (node.nodeType === 9 ? (node as Document) : fallback);
}

/** Installs the helpers on `win`'s prototypes and globals. Idempotent; called at load when a DOM exists. */
export function installDomHelpers(win: Window): void {
  const w = win as HelperWindow;
  const nodeProto = w.Node.prototype;
  const elementProto = w.Element.prototype;
  const htmlProto = w.HTMLElement.prototype;
  const fallbackDoc = w.document;

  const nodeHelpers: Record<string, unknown> = {
    createEl(this: Node, tag: string, o?: DomElementInfo | string, cb?: ElementCallback<HTMLElement>) {
      return makeElement(ownerDocumentOf(this, fallbackDoc), tag, o, cb, this);
    },
    createDiv(this: Node, o?: DomElementInfo | string, cb?: ElementCallback<HTMLDivElement>) {
      return makeElement(ownerDocumentOf(this, fallbackDoc), "div", o, cb, this);
    },
    createSpan(this: Node, o?: DomElementInfo | string, cb?: ElementCallback<HTMLSpanElement>) {
      return makeElement(ownerDocumentOf(this, fallbackDoc), "span", o, cb, this);
    },
    createSvg(this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: SVGElement) => void) {
      return makeSvgElement(ownerDocumentOf(this, fallbackDoc), tag, o, cb, this);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    appendText(this: Node, text: string) {
      this.appendChild(ownerDocumentOf(this, fallbackDoc).createTextNode(text));
    },
    instanceOf(this: Node, type: abstract new (...args: never[]) => unknown) {
      // This is instanceOf itself, so it asks the prototype chain directly.
      return Object.prototype.isPrototypeOf.call(type.prototype, this);
    },
    indexOf(this: Node, other: Node) {
      return Array.prototype.indexOf.call(this.childNodes, other);
    },
  };
  const elementHelpers: Record<string, unknown> = {
    getText(this: Element) {
      return this.textContent ?? "";
    },
    setText(this: Element, value: string | DocumentFragment) {
      while (this.firstChild) this.removeChild(this.firstChild);
      if (typeof value === "string") this.textContent = value;
      else this.appendChild(value);
    },
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...splitClasses(classes));
    },
    addClasses(this: Element, classes: string[]) {
      this.classList.add(...splitClasses(classes));
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...splitClasses(classes));
    },
    removeClasses(this: Element, classes: string[]) {
      this.classList.remove(...splitClasses(classes));
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const c of splitClasses(classes)) this.classList.toggle(c, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: AttrValue) {
      setAttribute(this, name, value);
    },
    setAttrs(this: Element, attrs: Record<string, AttrValue>) {
      for (const [name, value] of Object.entries(attrs)) setAttribute(this, name, value);
    },
    getAttr(this: Element, name: string) {
      return this.getAttribute(name);
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return Array.from(this.querySelectorAll(selector));
    },
    matchParent(this: Element, selector: string, lastParent?: Element) {
      if (this.matches(selector)) return this;
      const parent = this.parentElement;
      if (!parent || parent === lastParent) return null;
      return (parent as Element & { matchParent(s: string, l?: Element): Element | null }).matchParent(selector, lastParent);
    },
    isActiveElement(this: Element) {
      return this.ownerDocument.activeElement === this;
    },
  };
  // Obsidian's show/hide toggle inline display; the fake uses the `hidden` attribute to the same effect.
  const htmlHelpers: Record<string, unknown> = {
    show(this: HTMLElement) {
      this.hidden = false;
    },
    hide(this: HTMLElement) {
      this.hidden = true;
    },
    toggle(this: HTMLElement, show: boolean) {
      this.hidden = !show;
    },
    isShown(this: HTMLElement) {
      return this.isConnected && !this.hidden;
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      const declaration = this.style;
      for (const [name, value] of Object.entries(props)) declaration.setProperty(name, value);
    },
    onClickEvent(this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: AddEventListenerOptions) {
      this.addEventListener("click", listener, options);
    },
  };
  const define = (proto: object, helpers: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(helpers)) {
      Object.defineProperty(proto, name, { value, configurable: true, writable: true });
    }
  };
  define(nodeProto, nodeHelpers);
  define(elementProto, elementHelpers);
  define(htmlProto, htmlHelpers);
  Object.defineProperty(nodeProto, "doc", { configurable: true, get(this: Node) { return ownerDocumentOf(this, fallbackDoc); } });
  Object.defineProperty(nodeProto, "win", { configurable: true, get(this: Node) { return ownerDocumentOf(this, fallbackDoc).defaultView ?? w; } });

  const globals: Record<string, unknown> = {
    createEl: (tag: string, o?: DomElementInfo | string, cb?: ElementCallback<HTMLElement>) => makeElement(w.document, tag, o, cb, null),
    createDiv: (o?: DomElementInfo | string, cb?: ElementCallback<HTMLDivElement>) => makeElement(w.document, "div", o, cb, null),
    createSpan: (o?: DomElementInfo | string, cb?: ElementCallback<HTMLSpanElement>) => makeElement(w.document, "span", o, cb, null),
    createSvg: (tag: string, o?: DomElementInfo | string, cb?: (el: SVGElement) => void) => makeSvgElement(w.document, tag, o, cb, null),
    createFragment: (cb?: (fragment: DocumentFragment) => void) => {
      // This is createFragment itself.
      const createRawFragment = w.document.createDocumentFragment.bind(w.document);
      const fragment = createRawFragment();
      cb?.(fragment);
      return fragment;
    },
    activeWindow: w,
    activeDocument: w.document,
  };
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(w, name, { value, configurable: true, writable: true });
  }
}

export function hasDom(): boolean {
  return typeof window !== "undefined" && typeof document !== "undefined";
}

// Obsidian has these before any plugin code runs; so does anything that imports the fake.
if (hasDom()) installDomHelpers(window);
