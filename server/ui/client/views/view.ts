// What main.ts needs from a view: its root element, a way to show an address, a focus target.
export interface View {
  readonly element: HTMLElement;
  /** Shows the state this address describes; resolves once the content is drawn. */
  show(url: URL): Promise<void>;
  /** Where keyboard focus goes when the reader arrives at this view (its heading). */
  focusTarget(): HTMLElement | null;
}
