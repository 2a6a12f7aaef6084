/** Text or an attribute value, escaped for HTML outside the templates Lit renders. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
