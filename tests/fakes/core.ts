// The fake's foundations: events, components with real clean-up, paths, platform, language, debounce.
import "./dom";

/** A callback whose parameters tests may type precisely (method syntax keeps it bivariant). */
export type EventCallback = { bivariance(...data: unknown[]): unknown }["bivariance"];

export interface EventRef {
  events: Events;
  name: string;
  callback: EventCallback;
  ctx?: unknown;
}

export class Events {
  private readonly handlers = new Map<string, EventRef[]>();

  on(name: string, callback: EventCallback, ctx?: unknown): EventRef {
    const ref: EventRef = { events: this, name, callback, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: EventCallback): void {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((ref) => ref.callback !== callback));
  }

  offref(ref: EventRef): void {
    this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
  }

  trigger(name: string, ...data: unknown[]): void {
    // A copy: handlers that unsubscribe while running do not skip their neighbours.
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  /** Like Obsidian: a throwing handler is logged and does not stop the others. */
  tryTrigger(ref: EventRef, args: unknown[]): void {
    try {
      ref.callback.apply(ref.ctx, args);
    } catch (error) {
      console.error(error);
    }
  }

  /** Test helper: how many handlers are subscribed (to one event, or to all). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let count = 0;
    for (const refs of this.handlers.values()) count += refs.length;
    return count;
  }
}

export type RegistrationKind = "callback" | "event" | "domEvent" | "interval";

interface Registration {
  kind: RegistrationKind;
  cleanup: () => void;
}

export class Component {
  _loaded = false;
  private children: Component[] = [];
  private registrations: Registration[] = [];
  /** What onload returned (a promise for async plugins), so helpers can await it. */
  protected onloadResult: unknown;

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.onloadResult = this.onload();
    for (const child of [...this.children]) child.load();
  }

  onload(): void | Promise<void> {}

  /** Children first, then registrations (newest first), then onunload: every registration is undone. */
  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    for (let child = this.children.pop(); child; child = this.children.pop()) child.unload();
    for (let reg = this.registrations.pop(); reg; reg = this.registrations.pop()) reg.cleanup();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const index = this.children.indexOf(component);
    if (index >= 0) {
      this.children.splice(index, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.registrations.push({ kind: "callback", cleanup: () => void cb() });
  }

  registerEvent(ref: EventRef): void {
    this.registrations.push({ kind: "event", cleanup: () => ref.events.offref(ref) });
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: Event) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback;
    el.addEventListener(type, listener, options);
    this.registrations.push({ kind: "domEvent", cleanup: () => el.removeEventListener(type, listener, options) });
  }

  registerInterval(id: number): number {
    this.registrations.push({ kind: "interval", cleanup: () => window.clearInterval(id) });
    return id;
  }

  /** Test helper: what is still registered, by kind, plus loaded children. All zero after unload. */
  activeRegistrations(): Record<RegistrationKind | "children", number> {
    const counts = { callback: 0, event: 0, domEvent: 0, interval: 0, children: this.children.length };
    for (const reg of this.registrations) counts[reg.kind] += 1;
    return counts;
  }
}

/** Obsidian's normalizePath: one `/` separator, no leading or trailing slash, NBSP as space, NFC. */
export function normalizePath(path: string): string {
  const cleaned = path
    .replace(/[\\/]+/g, "/")
    .replace(/^\/+|\/+$/g, "")
    .replace(/[\u00A0\u202F]/g, " ");
  return (cleaned === "" ? "/" : cleaned).normalize("NFC");
}

export interface PlatformFlags {
  isDesktop: boolean;
  isMobile: boolean;
  isDesktopApp: boolean;
  isMobileApp: boolean;
  isIosApp: boolean;
  isAndroidApp: boolean;
  isPhone: boolean;
  isTablet: boolean;
  isMacOS: boolean;
  isWin: boolean;
  isLinux: boolean;
  isSafari: boolean;
  resourcePathPrefix: string;
}

const DESKTOP: PlatformFlags = {
  isDesktop: true, isMobile: false, isDesktopApp: true, isMobileApp: false, isIosApp: false,
  isAndroidApp: false, isPhone: false, isTablet: false, isMacOS: false, isWin: false, isLinux: true,
  isSafari: false, resourcePathPrefix: "app://local/",
};
const PHONE: Partial<PlatformFlags> = {
  isDesktop: false, isMobile: true, isDesktopApp: false, isMobileApp: true, isIosApp: true, isPhone: true,
  isLinux: false, isSafari: true, resourcePathPrefix: "capacitor://localhost/_capacitor_file_",
};

/** One mutable object, as plugin code reads `Platform.isMobile` at call time. */
export const Platform: PlatformFlags = { ...DESKTOP };

/** Test helper: `setPlatform("phone")`, `setPlatform("desktop")` or individual flags. */
export function setPlatform(flags: "desktop" | "phone" | Partial<PlatformFlags>): void {
  Object.assign(Platform, DESKTOP, flags === "desktop" ? {} : flags === "phone" ? PHONE : flags);
}

let language = "en";

export function getLanguage(): string {
  return language;
}

/** Test helper: the UI language `getLanguage()` reports (Obsidian's codes: "en", "da", ...). */
export function setLanguage(code: string): void {
  language = code;
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): this;
  cancel(): this;
  run(): V | void;
}

/** Obsidian's debounce on window timers (fake-timer friendly): trailing call with the latest arguments. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: number | null = null;
  let pendingArgs: [...T] | null = null;
  const fire = (): V | void => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    if (!pendingArgs) return;
    const args = pendingArgs;
    pendingArgs = null;
    return cb(...args);
  };
  const debounced = function (...args: [...T]) {
    pendingArgs = args;
    if (timer === null || resetTimer) {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(fire, timeout);
    }
    return debounced;
  } as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    pendingArgs = null;
    return debounced;
  };
  debounced.run = () => fire();
  return debounced;
}

// Captured at load, before a test installs fake timers, so settle() never waits on a faked clock.
const realSetTimeout: (cb: () => void, ms: number) => unknown = setTimeout;

/** Test helper: lets every pending promise chain (vault writes, async commands) run to the end. */
export async function settle(): Promise<void> {
  await new Promise<void>((resolve) => realSetTimeout(resolve, 0));
}

export const apiVersion = "1.13.1";

export function requireApiVersion(version: string): boolean {
  const parts = (v: string) => v.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const have = parts(apiVersion);
  const need = parts(version);
  for (let i = 0; i < Math.max(have.length, need.length); i++) {
    const diff = (have[i] ?? 0) - (need[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}
