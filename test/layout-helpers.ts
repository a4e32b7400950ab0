// Layout checks shared by the browser tests: the given elements are each fully inside the viewport (not
// clipped by a scrolling ancestor) and no two of them overlap (nesting aside), by bounding boxes.
import type { Page } from 'playwright-core';

interface Box { sel: string; x: number; y: number; w: number; h: number; inView: boolean; missing: boolean }

/** One sentence per problem: a selector not shown, not fully visible, or overlapping another. */
export async function layoutProblems(page: Page, selectors: string[]): Promise<string[]> {
  const r = await page.evaluate((sels) => {
    const W = window.innerWidth;
    const H = window.innerHeight;
    const els = sels.map((s) => document.querySelector<HTMLElement>(s));
    const boxes = sels.map((sel, i) => {
      const el = els[i];
      if (!el || el.offsetParent === null) return { sel, x: 0, y: 0, w: 0, h: 0, inView: false, missing: true };
      const b = el.getBoundingClientRect();
      let clipped = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const st = getComputedStyle(p);
        if (st.overflowY === 'visible' && st.overflowX === 'visible') continue;
        const pr = p.getBoundingClientRect();
        if (b.top < pr.top - 0.5 || b.bottom > pr.bottom + 0.5 || b.left < pr.left - 0.5 || b.right > pr.right + 0.5) clipped = true;
      }
      const inView = b.width > 0 && b.height > 0 && b.left >= -0.5 && b.top >= -0.5 && b.right <= W + 0.5 && b.bottom <= H + 0.5 && !clipped;
      return { sel, x: b.left, y: b.top, w: b.width, h: b.height, inView, missing: false };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i];
        const b = els[j];
        const A = boxes[i]!;
        const B = boxes[j]!;
        if (!a || !b || a.contains(b) || b.contains(a) || A.missing || B.missing) continue;
        const ox = Math.min(A.x + A.w, B.x + B.w) - Math.max(A.x, B.x);
        const oy = Math.min(A.y + A.h, B.y + B.h) - Math.max(A.y, B.y);
        if (ox > 0.5 && oy > 0.5) overlaps.push(`${A.sel} overlaps ${B.sel} by ${ox.toFixed(0)}x${oy.toFixed(0)} px`);
      }
    }
    return { boxes, overlaps };
  }, selectors);
  return [
    ...r.boxes.filter((b: Box) => b.missing).map((b: Box) => `${b.sel} is not shown`),
    ...r.boxes.filter((b: Box) => !b.missing && !b.inView).map((b: Box) => `${b.sel} is not fully visible (${b.x.toFixed(0)},${b.y.toFixed(0)} ${b.w.toFixed(0)}x${b.h.toFixed(0)})`),
    ...r.overlaps,
  ];
}
