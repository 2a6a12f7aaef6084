/** Defines `<related-links>`. Import this module for its side effect, or the class from `index`. */
import {RelatedLinks} from './elements/related-links/related-links.js';
import {defineElement} from './elements/shared/define.js';

defineElement('related-links', RelatedLinks);

export {RelatedLinks};
export * from './localization.js';
