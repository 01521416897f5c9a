/**
 * Test-runner commands that read what Chromium itself draws and exposes, through CDP:
 *
 * - `cdp-screenshot` ({ x, y, width, height }, in CSS px of the viewport): a PNG of that
 *   area as base64, at one device pixel per CSS pixel.
 * - `cdp-ax-tree`: Chromium's full accessibility tree (`Accessibility.getFullAXTree`) as
 *   `{ role, name, level, ignored }` nodes, without scrolling or touching the page.
 */
export function cdpInspectCommands() {
  const sessions = new WeakMap();
  const cdpFor = async (page) => {
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return sessions.get(page);
  };
  return {
    name: 'cdp-inspect',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp-screenshot' && command !== 'cdp-ax-tree') return undefined;
      const cdp = await cdpFor(session.browser.getPage(session.id));
      if (command === 'cdp-screenshot') {
        const { x, y, width, height } = payload;
        const { data } = await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { x, y, width, height, scale: 1 },
        });
        return data;
      }
      await cdp.send('Accessibility.enable');
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.map((node) => ({
        role: node.role?.value ?? '',
        name: node.name?.value ?? '',
        level: node.properties?.find((p) => p.name === 'level')?.value?.value,
        ignored: node.ignored,
      }));
    },
  };
}
