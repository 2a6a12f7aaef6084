// The tests drive Debian's Firefox ESR; puppeteer must never download a browser of its own.
module.exports = {skipDownload: true};
