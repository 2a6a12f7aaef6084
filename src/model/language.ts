/** True for every Chinese language tag: `zh`, `zh-CN`, `zh-Hans`, `zh-Hant-TW`, `ZH-sg`… */
export function isChineseTag(tag: string | null | undefined): boolean {
  return typeof tag === 'string' && /^zh(-|$)/i.test(tag.trim());
}
