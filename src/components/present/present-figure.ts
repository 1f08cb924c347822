// <present-figure>: shows its "Present" button, and loads the full-screen view only when a teacher presses it.
class PresentFigure extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('.present-figure-open');
		if (!button) return;
		button.hidden = false;
		button.addEventListener('click', () => {
			void import('./figure-view').then((m) => m.presentFigure(this, button)).catch(() => undefined);
		});
	}
}

if (!customElements.get('present-figure')) customElements.define('present-figure', PresentFigure);
