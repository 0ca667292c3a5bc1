// Setting rows and setting tabs.
import {
  type BaseComponent,
  ButtonComponent,
  DropdownComponent,
  ExtraButtonComponent,
  SliderComponent,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
} from "./controls";
import { setTooltip } from "./ui";
import type { App } from "./obsidian";
import type { Plugin } from "./obsidian";

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv("setting-item");
    this.infoEl = this.settingEl.createDiv("setting-item-info");
    this.nameEl = this.infoEl.createDiv("setting-item-name");
    this.descEl = this.infoEl.createDiv("setting-item-description");
    this.controlEl = this.settingEl.createDiv("setting-item-control");
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string): this {
    setTooltip(this.nameEl, tooltip);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const component of this.components) component.setDisabled(disabled);
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: SliderComponent) => unknown): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => unknown): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }
}

export abstract class SettingTab {
  app: App;
  containerEl: HTMLElement;
  icon = "";
  /** Since 1.13: what getSettingDefinitions() returned at the last update(). The fake does not draw them. */
  settingItems: unknown[] = [];

  constructor(app: App) {
    this.app = app;
    this.containerEl = createDiv("vertical-tab-content");
  }

  /** Deprecated since 1.13 in favour of definitions, but what older apps call. */
  display(): void {}

  hide(): void {
    this.containerEl.empty();
  }

  getSettingDefinitions(): unknown[] {
    return [];
  }

  update(): void {
    this.settingItems = this.getSettingDefinitions();
  }

  refreshDomState(): void {}

  getControlValue(key: string): unknown {
    void key;
    return undefined;
  }

  setControlValue(key: string, value: unknown): void | Promise<void> {
    void key;
    void value;
  }
}

export abstract class PluginSettingTab extends SettingTab {
  plugin: Plugin;

  constructor(app: App, plugin: Plugin) {
    super(app);
    this.plugin = plugin;
  }

  private settingsObject(): Record<string, unknown> {
    const settings = (this.plugin as unknown as { settings?: unknown }).settings;
    return typeof settings === "object" && settings !== null ? (settings as Record<string, unknown>) : {};
  }

  /** As in 1.13: reads `plugin.settings[key]`. */
  override getControlValue(key: string): unknown {
    return this.settingsObject()[key];
  }

  /** As in 1.13: sets `plugin.settings[key]` and saves the settings with saveData. */
  override async setControlValue(key: string, value: unknown): Promise<void> {
    const settings = this.settingsObject();
    settings[key] = value;
    await this.plugin.saveData(settings);
  }
}
