// The emulator's Admin & Settings page: signing in from the login link, and the copy buttons.
// Served as a file of its own so that the Content-Security-Policy can forbid every inline script.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  signInFromLink();
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.addEventListener('click', () => copy(button));
  });
});

// The login link carries its token after '#', which the browser never sends to a server. Take it from
// there, drop it from the address bar and the history, and post it in the form.
function signInFromLink() {
  const form = document.getElementById('login-form');
  if (!form) {
    return;
  }
  const match = /(?:^|&)token=([^&]+)/.exec(window.location.hash.slice(1));
  if (!match) {
    return;
  }
  history.replaceState(null, '', window.location.pathname);
  form.elements.token.value = decodeURIComponent(match[1]);
  form.submit();
}

// Copies the text of the element the button names; where the clipboard is refused, selects the text
// so that Ctrl+C copies it.
async function copy(button) {
  const source = document.getElementById(button.dataset.copy);
  try {
    await navigator.clipboard.writeText(source.textContent);
    button.textContent = 'Copied';
  } catch (refused) {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    button.textContent = 'Selected: press Ctrl+C';
  }
}
