// The site's only script, loaded from a file because the Content-Security-Policy allows no
// inline script: a form with data-confirm asks before it is sent (deleting a job).
document.addEventListener('submit', (event) => {
	const message = event.target.dataset.confirm;
	if (message && !window.confirm(message)) {
		event.preventDefault();
	}
});
