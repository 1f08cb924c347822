// A figure full screen for a projector: the figure moves into a modal dialog that fills the window (the fallback),
// which asks the browser for full screen too where it allows it. "Close", Escape or leaving full screen puts the
// figure back where it was and returns focus to the "Present" button. Stores nothing.
import stylesheet from './figure-view.css?url';
import { loadStylesheet } from './stylesheet';

export async function presentFigure(host: HTMLElement, opener: HTMLButtonElement): Promise<void> {
	await loadStylesheet(stylesheet);
	const figure = host.querySelector<HTMLElement>(':scope > figure, :scope > ol, :scope > :not(button)');
	if (!figure) return;
	const placeholder = document.createComment('presented figure');
	const dialog = document.createElement('dialog');
	dialog.className = 'present-figure-dialog';
	dialog.setAttribute('aria-label', opener.textContent?.replace(/^Present /, '') ?? 'Figure');
	const bar = document.createElement('div');
	bar.className = 'present-figure-bar';
	const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
	const stage = document.createElement('div');
	stage.className = 'present-figure-stage';
	stage.tabIndex = 0;
	stage.setAttribute('role', 'region');
	stage.setAttribute('aria-label', dialog.getAttribute('aria-label')!);
	bar.append(close);
	figure.replaceWith(placeholder);
	stage.append(figure);
	dialog.append(bar, stage);
	document.body.append(dialog);
	let full = false;
	const done = () => {
		document.removeEventListener('fullscreenchange', onFullscreen);
		placeholder.replaceWith(figure);
		dialog.remove();
		opener.focus();
	};
	const onFullscreen = () => {
		if (document.fullscreenElement === dialog) full = true;
		else if (full && dialog.open) dialog.close();
	};
	dialog.addEventListener('close', done, { once: true });
	close.addEventListener('click', () => {
		if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
		dialog.close();
	});
	document.addEventListener('fullscreenchange', onFullscreen);
	dialog.showModal();
	close.focus();
	// Full screen where allowed; the dialog already fills the window where it is not.
	void dialog.requestFullscreen?.().catch(() => undefined);
	dialog.dataset['ready'] = '';
}
