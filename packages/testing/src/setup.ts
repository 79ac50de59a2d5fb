// Runs before every browser test file: our users' pages are German (<html lang="de">).
document.documentElement.lang = 'de';
