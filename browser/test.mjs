// Browser tests against a running service (default http://localhost:8080, seeds loaded):
//  1. TimelineJS (the real library, from npm) renders the service's export of the seeds, with the slides for the
//     2005 Siberia trip and the 2008 plea deal;
//  2. the explorer (/) and the embed page (/embed) show the seeds' events at desktop and phone widths
//     (screenshots in target/screenshots/).
// Usage: node test.mjs [BASE_URL]
import { chromium } from "playwright-core";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const base = process.argv[2] || "http://localhost:8080";
const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, "..", "target", "screenshots");
mkdirSync(shots, { recursive: true });
const library = join(here, "node_modules", "@knight-lab", "timelinejs", "dist");

let failures = 0;
function check(condition, message) {
  console.log(`${condition ? "ok  " : "FAIL"} ${message}`);
  if (!condition) failures++;
}

// A fresh profile each run (Playwright takes it as the persistent context's user-data-dir).
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});
try {
  // 1. TimelineJS draws the export
  const exported = await (await fetch(`${base}/api/timeline?format=timelinejs`)).json();
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body>' +
    '<div id="timeline-embed" style="width:100%;height:700px"></div></body></html>');
  await page.addStyleTag({ path: join(library, "css", "timeline.css") });
  await page.addScriptTag({ path: join(library, "js", "timeline.js") });
  await page.evaluate(data => { window.timeline = new TL.Timeline("timeline-embed", data); }, exported);
  await page.waitForSelector(".tl-slide", { timeout: 20000 });
  const slides = await page.$$eval(".tl-slide", nodes => nodes.map(n => n.textContent));
  check(slides.length >= exported.events.length, `TimelineJS made ${slides.length} slides for ${exported.events.length} events`);
  check(slides.some(t => t.includes("Siberia") && t.includes("2005")), "TimelineJS slide for the 2005 Siberia trip");
  check(slides.some(t => t.includes("pleaded guilty") && t.includes("2008")), "TimelineJS slide for the 2008 plea deal");
  await page.screenshot({ path: join(shots, "timelinejs.png") });

  // 2. our own pages, desktop and phone
  for (const [name, width, height] of [["desktop", 1280, 900], ["phone", 375, 740]]) {
    const view = await browser.newPage();
    await view.setViewportSize({ width, height });
    await view.goto(`${base}/?person=mandelson`);
    await view.waitForSelector(".card");
    const explorer = await view.textContent("#timeline");
    check(explorer.includes("Siberia") && explorer.includes("2008"), `explorer (${name}) shows Mandelson's events`);
    await view.click(`.card button.open >> text=appointed Mandelson`).catch(() => {});
    await view.screenshot({ path: join(shots, `explorer-${name}.png`), fullPage: false });

    await view.goto(`${base}/embed?person=epstein&year=2008`);
    await view.waitForSelector(".card");
    const embed = await view.textContent("#timeline");
    check(embed.includes("pleaded guilty"), `embed (${name}) shows the 2008 plea deal`);
    const overflow = await view.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    check(!overflow, `embed (${name}) fits ${width} px without sideways scrolling`);
    await view.screenshot({ path: join(shots, `embed-${name}.png`), fullPage: false });
    await view.close();
  }
} finally {
  await browser.close();
}
if (failures) {
  console.log(`${failures} browser check(s) failed`);
  process.exit(1);
}
console.log(`browser checks passed; screenshots in ${shots}`);
