// Words kept apart in the search index. Pagefind reads a page's text as its text nodes run together, and separates
// only some elements: a term and its definition (`<dt>Blockade</dt><dd>Cutting…`) or two table cells became one word
// ("blockadecutting"), which no search finds and which a typo could be "corrected" to. Astro writes no white space
// between such tags, so after the build, before Pagefind runs, a space goes between a closing `dt`, `dd`, `th`, `td`
// or `caption` and the tag that follows it. Browsers never show white space between these (it is not rendered inside
// a description list's or table's structure), so the page looks the same.

// Rows and table sections too: the last cell of a header row ran into the first of the body ("insteadbackground").
const BREAK_AFTER = /(<\/(?:dt|dd|th|td|caption|tr|thead|tbody)>)(?=<[a-z])/gi;
// Starlight's LinkCard: a title link, then its description (a block below it), with nothing between them.
const LINK_CARD = /(<\/a>)(?=<span class="description\b)/g;

/** `html` with a space after each closing description-list or table tag that another tag follows directly. */
export function separateIndexedWords(html: string): string {
	return html.replace(BREAK_AFTER, '$1 ').replace(LINK_CARD, '$1 ');
}
