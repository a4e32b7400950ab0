/// <reference types="webxr" />
// The 3D view: the PSM as measured (solid), the predicted "ghost" tool (translucent violet), the remote
// centre of motion, the workspace bounds and the tip's recent path. It also owns the camera, so it is
// the authority on the view basis the input devices map through (drag right = tool moves right on
// screen, whatever the view). Renders on demand: only when something changed, at most once per frame
// (the page's animation-frame loop calls renderIfDirty).
import {
  AmbientLight, BoxGeometry, BufferGeometry, Color, CylinderGeometry, DirectionalLight, DoubleSide, Float32BufferAttribute, Group, HemisphereLight,
  Line, LineBasicMaterial, LineDashedMaterial, LineSegments, Matrix4, Mesh, MeshStandardMaterial, PerspectiveCamera, Quaternion, RingGeometry, Scene,
  SphereGeometry, Vector3, WebGLRenderer,
} from 'three';
import type { Pose, Vec3 } from '@farhand/latency-core';
import { poseCompose } from '../geom.js';
import type { ViewBasis } from '../input/source.js';
import type { ArmFrame } from './arm-model.js';

export type ViewName = 'Camera view' | 'ECM camera' | 'Endoscope view' | 'Overview' | 'Side view' | 'Top view';

/**
 * A two-instrument cart (protocol 1.1), in the view's scene frame, which is the first instrument's
 * (PSM1's) base frame: everything the one-arm view draws stays where it was, and the other arms are
 * placed relative to it from their Telemetry.arms base frames.
 */
export interface CartLayout {
  /** Names drawn beside the arms (e.g. PSM1, PSM2, ECM). */
  primaryName: string;
  secondName: string;
  ecmName: string | null;
  /** The second instrument's base (RCM) frame in the scene frame. */
  secondBase: Pose;
  /** The camera arm's base (RCM) frame in the scene frame; null: no camera arm. */
  ecmBase: Pose | null;
}

/** The camera the field's video is taken with (Welcome.rtc.video): OpenCV pinhole, pose in the PSM base frame. */
export interface VideoCamera {
  width: number;
  height: number;
  fx: number;
  fy: number;
  cx: number;
  cy: number;
  position: Vec3;
  /** Camera -> base, [x, y, z, w]; camera x right, y down, z forward. */
  orientation: [number, number, number, number];
}
const DEFAULT_FOV_DEG = 38;
/** A half turn about x: OpenCV's camera (y down, z forward) to three.js's (y up, looking along -z). */
const CV_TO_THREE = new Quaternion(1, 0, 0, 0);
/**
 * A half turn about y: the dVRK camera frame (the ECM's measured_cp; the ISI convention: x to the LEFT of
 * the picture, y up, z forward, away from the surgeon) to three.js's camera (x right, y up, looking along
 * -z). With it the ECM view is the endoscope's picture: PSM1 on the right, the instruments from above.
 */
const ISI_TO_THREE = new Quaternion(0, 1, 0, 0);
const VIEWS: readonly ViewName[] = ['Endoscope view', 'Overview', 'Side view', 'Top view'];
/** With two instruments: the overview (every arm) first, the endoscope view follows the first instrument. */
const CART_VIEWS: readonly ViewName[] = ['Overview', 'Endoscope view', 'Side view', 'Top view'];
/** Vertical field of view looking through the ECM, deg (a dVRK endoscope sees about 60-70 deg). */
const ECM_FOV_DEG = 60;
/** How far the endoscope's shaft is drawn above its remote centre, m. */
const ECM_SHAFT_ABOVE_RCM_M = 0.22;
const ECM_SHAFT_RADIUS_M = 0.0055;
/** The endoscope view's look direction (from the camera towards the tip), as a dVRK endoscope sees the tools. */
const ENDOSCOPE_DIR = new Vector3(-0.35, 1, -0.75).normalize();
/** Endoscope view distance to the tip, m: about 10 cm of tissue across the view height. */
const ENDOSCOPE_DISTANCE_M = 0.15;
/** The endoscope view re-centres once the tip leaves this fraction of the distance from the centre. */
const ENDOSCOPE_DEADZONE_M = 0.025;

const SHAFT_RADIUS_M = 0.0042;
const JAW_LENGTH_M = 0.0102;
const TRAIL_POINTS = 240;

interface SecondArm {
  group: Group;
  arm: ArmMeshes;
  ghost: ArmMeshes;
  ghostMaterials: MeshStandardMaterial[];
  rcm: Group;
  workspace: LineSegments | null;
}

interface EcmMeshes {
  group: Group;
  shaft: Mesh;
  housing: Mesh;
  head: Mesh;
  /** The camera's view cone, drawn from the lens. */
  cone: LineSegments;
}

interface ArmMeshes {
  group: Group;
  housing: Mesh;
  shaft: Mesh;
  wrist: Mesh;
  clevis: Mesh;
  jawA: Mesh;
  jawB: Mesh;
}

export class ArmView {
  readonly available: boolean;
  readonly error: string;
  private renderer: WebGLRenderer | null = null;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(38, 1, 0.005, 5);
  private arm: ArmMeshes | null = null;
  private ghost: ArmMeshes | null = null;
  private ghostMaterials: MeshStandardMaterial[] = [];
  private workspace: LineSegments | null = null;
  private floor: Group | null = null;
  private readonly trail: Line;
  /** Depth cue: a vertical line from the tip to the workspace floor and a ring where it lands. */
  private readonly drop = new Group();
  private floorZ: number | null = null;
  private readonly trailPos = new Float32Array(TRAIL_POINTS * 3);
  private trailCount = 0;
  private dirty = true;
  private stale = false;
  private readonly software: boolean;
  private minFrameMs = 0;
  private lastRenderMs = -Infinity;
  private viewIndex = 0;
  /** Set while the field's video is shown: its camera is the first view, registered with the picture. */
  private videoCamera: VideoCamera | null = null;
  private target = new Vector3(0, 0, -0.1);
  private radius = 0.18;
  /** Where the endoscope view looks; moves (translation only) like a camera assistant following the tool. */
  private scopeTarget: Vector3 | null = null;
  private scopeGoal: Vector3 | null = null;
  private readonly resizeObs: ResizeObserver | null = null;
  /** Two instruments and the camera arm (null: the one-arm view). */
  private cart: CartLayout | null = null;
  private second: SecondArm | null = null;
  private ecm: EcmMeshes | null = null;
  /** The ECM camera's pose in the scene frame, dVRK (ISI) axes: x to the left of the picture, y up, z forward. */
  private ecmCamera: Pose | null = null;
  private workspaceBox: { min: Vec3; max: Vec3 } | null = null;
  /** Arm names drawn over the view, each anchored to a scene point (null: hidden). */
  /** Arm labels; `tip`: where an instrument's tool tip is, its label's place looking through the ECM. */
  private readonly labels = new Map<string, { el: HTMLElement; anchor: Vec3 | null; tip?: Vec3 | null }>();
  /** Called on each XR animation frame (the XR input source reads controller poses there). */
  onXrFrame: ((frame: XRFrame, ref: XRReferenceSpace) => void) | null = null;
  private xrRef: XRReferenceSpace | null = null;

  constructor(private readonly container: HTMLElement) {
    this.camera.up.set(0, 0, 1);
    this.software = isSoftwareGl();
    try {
      // On a software rasteriser every drawn frame is paid for on the CPU, and with software compositing
      // on the page's main thread, where the frame timer and the socket live. There the view draws at
      // reduced resolution, without multisampling, at most 20 times a second, so the control timing is
      // never starved by the picture.
      this.renderer = new WebGLRenderer({ antialias: !this.software, alpha: true, powerPreference: 'high-performance' });
    } catch (e) {
      this.renderer = null;
      this.available = false;
      this.error = `3D view unavailable: WebGL could not start (${e instanceof Error ? e.message : String(e)}). Everything else works.`;
      const p = document.createElement('p');
      p.className = 'view-error';
      p.textContent = this.error;
      container.appendChild(p);
      this.trail = new Line();
      return;
    }
    this.available = true;
    this.error = '';
    this.renderer.setPixelRatio(this.software ? 0.6 : Math.min(2, window.devicePixelRatio || 1));
    this.minFrameMs = this.software ? 50 : 0;
    this.renderer.setClearColor(0x000000, 0);
    container.appendChild(this.renderer.domElement);

    this.scene.add(new HemisphereLight(0xe6eef7, 0x26313d, 1.8));
    this.scene.add(new AmbientLight(0xffffff, 0.35));
    const key = new DirectionalLight(0xffffff, 2.6);
    key.position.set(0.3, -0.5, 0.8);
    this.scene.add(key);
    const rim = new DirectionalLight(0x88b8ff, 0.8);
    rim.position.set(-0.5, 0.4, 0.2);
    this.scene.add(rim);

    this.scene.add(this.makeRcm());
    this.arm = this.makeArm(false);
    this.scene.add(this.arm.group);
    this.arm.group.visible = false;
    this.ghost = this.makeArm(true);
    this.scene.add(this.ghost.group);
    this.ghost.group.visible = false;

    const tg = new BufferGeometry();
    tg.setAttribute('position', new Float32BufferAttribute(this.trailPos, 3));
    tg.setDrawRange(0, 0);
    this.trail = new Line(tg, new LineBasicMaterial({ color: 0x4da3ff, transparent: true, opacity: 0.7 }));
    this.trail.frustumCulled = false;
    this.scene.add(this.trail);

    const dropGeom = new BufferGeometry();
    dropGeom.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 0, 0, -1], 3));
    const dropLine = new Line(dropGeom, new LineDashedMaterial({ color: 0xffd27a, dashSize: 0.004, gapSize: 0.003, transparent: true, opacity: 0.6 }));
    dropLine.computeLineDistances();
    dropLine.name = 'line';
    const dropRing = new Mesh(new RingGeometry(0.0025, 0.0045, 32), new MeshStandardMaterial({ color: 0xffd27a, emissive: 0x4a3508, side: DoubleSide, transparent: true, opacity: 0.8 }));
    dropRing.name = 'ring';
    this.drop.add(dropLine, dropRing);
    this.drop.visible = false;
    this.scene.add(this.drop);

    this.applyView();
    this.precompile();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObs = new ResizeObserver(() => this.resize());
      this.resizeObs.observe(container);
    }
    this.resize();
  }

  /**
   * Compiles every material's shaders now, while nothing is being controlled: on a software rasteriser
   * the first draw of the ghost would otherwise stall the page long enough (100+ ms) for the agent to
   * see a stale link right after the surgeon engages.
   */
  private precompile(): void {
    if (!this.renderer) return;
    const hidden = [this.arm?.group, this.ghost?.group, this.drop].filter((g): g is Group => g !== undefined && !g.visible);
    for (const g of hidden) g.visible = true;
    try {
      this.renderer.compile(this.scene, this.camera);
    } finally {
      for (const g of hidden) g.visible = false;
    }
  }

  /** Draws if anything changed since the last draw. The page calls it once per animation frame. */
  renderIfDirty(): void {
    this.glide();
    if (!this.dirty || !this.renderer || this.renderer.xr.isPresenting) return;
    const now = performance.now();
    if (now - this.lastRenderMs < this.minFrameMs) return;
    this.lastRenderMs = now;
    this.render();
  }

  /** 'software' when the GPU is a CPU rasteriser (SwiftShader, llvmpipe): reduced quality, 20 fps cap. */
  get quality(): 'full' | 'software' | 'none' {
    return !this.renderer ? 'none' : this.software ? 'software' : 'full';
  }

  // -------------------------------------------------------------------------------------------
  // Scene building

  private makeRcm(): Group {
    const g = new Group();
    const port = new Mesh(new RingGeometry(0.006, 0.05, 48), new MeshStandardMaterial({ color: 0x7a5320, transparent: true, opacity: 0.22, side: DoubleSide, depthWrite: false }));
    g.add(port);
    const rim = new Mesh(new RingGeometry(0.0485, 0.05, 64), new MeshStandardMaterial({ color: 0xffb020, side: DoubleSide }));
    g.add(rim);
    const dot = new Mesh(new SphereGeometry(0.003, 20, 14), new MeshStandardMaterial({ color: 0xffb020, emissive: 0x6a4200 }));
    g.add(dot);
    return g;
  }

  private makeArm(ghost: boolean, ghostMaterials: MeshStandardMaterial[] = this.ghostMaterials): ArmMeshes {
    const mat = (color: number, metal = 0.5): MeshStandardMaterial => {
      // Low metalness: without an environment map, metal reads as dark grey on a dark background.
      const m = new MeshStandardMaterial({ color, metalness: ghost ? 0 : metal * 0.4, roughness: ghost ? 0.6 : 0.4 });
      if (ghost) {
        m.color = new Color(0xc9a7ff);
        m.emissive = new Color(0x3a1f66);
        m.transparent = true;
        m.opacity = 0.42;
        m.depthWrite = false;
        ghostMaterials.push(m);
      }
      return m;
    };
    const group = new Group();
    const housing = new Mesh(new BoxGeometry(0.03, 0.022, 0.06), mat(0x7d8b98, 0.2));
    const shaft = new Mesh(new CylinderGeometry(SHAFT_RADIUS_M, SHAFT_RADIUS_M, 1, 24), mat(0xe3eaf1, 0.7));
    const wrist = new Mesh(new SphereGeometry(SHAFT_RADIUS_M * 1.05, 20, 14), mat(0x8fa3b6, 0.6));
    const clevis = new Mesh(new CylinderGeometry(SHAFT_RADIUS_M * 0.7, SHAFT_RADIUS_M * 0.8, 1, 16), mat(0xc3cfdb, 0.6));
    const jawGeom = new BoxGeometry(0.0018, 0.0028, JAW_LENGTH_M);
    jawGeom.translate(0, 0, JAW_LENGTH_M / 2);
    const jawA = new Mesh(jawGeom, mat(0xffd27a, 0.8));
    const jawB = new Mesh(jawGeom, mat(0xffd27a, 0.8));
    for (const m of [housing, shaft, wrist, clevis, jawA, jawB]) {
      m.matrixAutoUpdate = false;
      if (ghost) m.renderOrder = 2;
      group.add(m);
    }
    return { group, housing, shaft, wrist, clevis, jawA, jawB };
  }

  // -------------------------------------------------------------------------------------------
  // Updates

  /** Workspace bounds (tool tip, RCM frame), m. Frames the camera on them. */
  setWorkspace(min: Vec3, max: Vec3): void {
    if (!this.renderer) return;
    if (this.workspace) this.scene.remove(this.workspace);
    if (this.floor) this.scene.remove(this.floor);
    this.workspaceBox = { min: [...min], max: [...max] };
    const [x0, y0, z0] = min;
    const [x1, y1, z1] = max;
    const c = [
      [x0, y0, z0], [x1, y0, z0], [x1, y1, z0], [x0, y1, z0],
      [x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1],
    ];
    const edges = [[0, 1], [1, 2], [2, 3], [3, 0], [4, 5], [5, 6], [6, 7], [7, 4], [0, 4], [1, 5], [2, 6], [3, 7]];
    const pts: number[] = [];
    for (const [a, b] of edges) pts.push(...c[a!]!, ...c[b!]!);
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(pts, 3));
    this.workspace = new LineSegments(g, new LineDashedMaterial({ color: 0x4da3ff, dashSize: 0.006, gapSize: 0.004, transparent: true, opacity: 0.85 }));
    this.workspace.computeLineDistances();
    this.scene.add(this.workspace);

    // A faint 1 cm grid on the workspace floor: depth cue for the tip.
    this.floor = new Group();
    const grid: number[] = [];
    const step = 0.01;
    for (let x = Math.ceil(x0 / step) * step; x <= x1 + 1e-9; x += step) grid.push(x, y0, z0, x, y1, z0);
    for (let y = Math.ceil(y0 / step) * step; y <= y1 + 1e-9; y += step) grid.push(x0, y, z0, x1, y, z0);
    const gg = new BufferGeometry();
    gg.setAttribute('position', new Float32BufferAttribute(grid, 3));
    this.floor.add(new LineSegments(gg, new LineBasicMaterial({ color: 0x2a3d52, transparent: true, opacity: 0.8 })));
    this.scene.add(this.floor);
    this.floorZ = z0;

    // Frame the workspace and the RCM above it.
    const lo = new Vector3(Math.min(x0, -0.05), Math.min(y0, -0.05), z0);
    const hi = new Vector3(Math.max(x1, 0.05), Math.max(y1, 0.05), Math.max(z1, 0.03));
    this.target = lo.clone().add(hi).multiplyScalar(0.5);
    this.radius = hi.clone().sub(lo).length() / 2;
    if (this.second) this.secondWorkspace();
    this.frameCart();
    this.applyView();
  }

  // -------------------------------------------------------------------------------------------
  // Two instruments and the camera arm

  /**
   * Switches to the two-instrument view (layout) or back to the one-arm view (null). The second
   * instrument and the ECM are drawn in their base frames, placed in the scene (PSM1 base) frame.
   */
  setCart(layout: CartLayout | null): void {
    if (!this.renderer) return;
    const was = this.cart !== null;
    this.cart = layout;
    if (layout) {
      if (!this.second) {
        const group = new Group();
        group.matrixAutoUpdate = false;
        const ghostMaterials: MeshStandardMaterial[] = [];
        const arm = this.makeArm(false);
        const ghost = this.makeArm(true, ghostMaterials);
        arm.group.visible = false;
        ghost.group.visible = false;
        const rcm = this.makeRcm();
        group.add(rcm, arm.group, ghost.group);
        this.scene.add(group);
        this.second = { group, arm, ghost, ghostMaterials, rcm, workspace: null };
        this.secondWorkspace();
        this.precompile();
      }
      setMatrix(this.second.group, layout.secondBase);
      this.second.group.visible = true;
      if (layout.ecmBase) {
        if (!this.ecm) {
          this.ecm = makeEcm();
          this.scene.add(this.ecm.group);
        }
        setMatrix(this.ecm.group, layout.ecmBase);
        this.ecm.group.visible = true;
      } else if (this.ecm) {
        this.ecm.group.visible = false;
        this.ecmCamera = null;
      }
      // Instruments are named at their remote centre (on the body wall, always in the overview), the
      // camera arm at its lens.
      this.label('primary', layout.primaryName);
      this.anchor('primary', null, [0, 0, 0]);
      this.label('second', layout.secondName);
      this.anchor('second', this.second.group, [0, 0, 0]);
      if (layout.ecmName) this.label('ecm', layout.ecmName);
      else this.labels.get('ecm')?.el.remove(), this.labels.delete('ecm');
      if (!was) this.viewIndex = 0;
    } else {
      if (this.second) this.second.group.visible = false;
      if (this.ecm) this.ecm.group.visible = false;
      this.ecmCamera = null;
      for (const l of this.labels.values()) l.el.remove();
      this.labels.clear();
      if (was) this.viewIndex = 0;
    }
    this.frameCart();
    this.applyView();
  }

  get cartShown(): boolean {
    return this.cart !== null;
  }

  /** The second instrument as measured (frames in its base frame), jaw opening in rad; null hides it. */
  setSecondArm(frames: ArmFrame[] | null, jawRad: number): void {
    if (!this.second) return;
    this.second.arm.group.visible = frames !== null;
    if (frames) {
      placeArm(this.second.arm, frames, jawRad);
      this.anchorTip('second', this.second.group, frames[6]!.position);
    }
    this.dirty = true;
  }

  /** The second instrument's ghost (frames in its base frame); `reachable` false: the warning tone. */
  setSecondGhost(frames: ArmFrame[] | null, jawRad: number, reachable = true): void {
    const g = this.second;
    if (!g) return;
    if (frames === null && !g.ghost.group.visible) return;
    g.ghost.group.visible = frames !== null;
    if (frames) {
      placeArm(g.ghost, frames, jawRad);
      const tone = reachable ? 0xc9a7ff : 0xffb020;
      for (const m of g.ghostMaterials) m.color.setHex(tone);
    }
    this.dirty = true;
  }

  /**
   * The camera arm as measured: its link frames in its base frame (@farhand/sim Ecm.linkFrames: after
   * each of the four joints, then the camera). null hides it. The lens pose is also the "ECM camera" view.
   */
  setEcm(frames: ArmFrame[] | null): void {
    const e = this.ecm;
    if (!e || !this.cart?.ecmBase) return;
    const lens = frames?.[4];
    e.shaft.visible = e.housing.visible = e.head.visible = e.cone.visible = lens !== undefined;
    if (!lens) {
      this.ecmCamera = null;
      this.dirty = true;
      return;
    }
    // The scope is a straight shaft through the remote centre (the base origin) to the lens.
    const tip = lens.position;
    const len = Math.hypot(...tip);
    const up: Vec3 = len > 1e-6 ? [(-tip[0] / len) * ECM_SHAFT_ABOVE_RCM_M, (-tip[1] / len) * ECM_SHAFT_ABOVE_RCM_M, (-tip[2] / len) * ECM_SHAFT_ABOVE_RCM_M] : [0, 0, ECM_SHAFT_ABOVE_RCM_M];
    between(e.shaft, up, tip);
    frameMatrix(lens, e.head.matrix);
    frameMatrix(lens, e.cone.matrix);
    frameMatrix({ position: up, rotation: lens.rotation }, e.housing.matrix).multiply(tmpM.makeTranslation(0, 0, -0.03));
    for (const m of [e.head, e.cone, e.housing]) m.matrixWorldNeedsUpdate = true;
    const lensPose: Pose = { position: [...lens.position], orientation: quatFromRows(lens.rotation) };
    this.ecmCamera = poseCompose(this.cart.ecmBase, lensPose);
    this.anchor('ecm', e.group, tip);
    if (this.viewName() === 'ECM camera') this.applyView();
    this.dirty = true;
  }

  /** The ECM camera's pose in the scene frame (null: no camera arm reported). */
  ecmCameraPose(): Pose | null {
    return this.ecmCamera;
  }

  /** What is drawn, for tests and devtools: every arm group shown, and the ghosts. */
  drawn(): { arms: string[]; ghosts: string[]; labels: string[]; view: ViewName } {
    const arms: string[] = [];
    const ghosts: string[] = [];
    const n = this.cart;
    if (this.arm?.group.visible) arms.push(n?.primaryName ?? 'PSM');
    if (this.ghost?.group.visible) ghosts.push(n?.primaryName ?? 'PSM');
    if (n && this.second?.arm.group.visible) arms.push(n.secondName);
    if (n && this.second?.ghost.group.visible) ghosts.push(n.secondName);
    if (n?.ecmName && this.ecm?.group.visible && this.ecm.shaft.visible) arms.push(n.ecmName);
    const labels = [...this.labels.values()].filter((l) => l.el.style.display !== 'none').map((l) => l.el.textContent ?? '');
    return { arms, ghosts, labels, view: this.viewName() };
  }

  private secondWorkspace(): void {
    const g = this.second;
    if (!g || !this.workspace) return;
    if (g.workspace) g.group.remove(g.workspace);
    g.workspace = new LineSegments(this.workspace.geometry, this.workspace.material);
    g.group.add(g.workspace);
  }

  private label(key: string, text: string): void {
    let l = this.labels.get(key);
    if (!l) {
      const el = document.createElement('div');
      el.className = `arm-label arm-label-${key}`;
      el.style.display = 'none';
      this.container.appendChild(el);
      l = { el, anchor: null };
      this.labels.set(key, l);
    }
    if (l.el.textContent !== text) l.el.textContent = text;
  }

  /** Anchors a label to a point given in a group's frame (the group's matrix is its base frame). */
  private anchor(key: string, group: Group | null, p: Vec3): void {
    const l = this.labels.get(key);
    if (!l) return;
    const v = new Vector3(...p);
    if (group) v.applyMatrix4(group.matrix);
    l.anchor = [v.x, v.y, v.z];
  }

  /** An instrument's tool tip (in a group's frame), where its label goes looking through the ECM. */
  private anchorTip(key: string, group: Group | null, p: Vec3): void {
    const l = this.labels.get(key);
    if (!l) return;
    const v = new Vector3(...p);
    if (group) v.applyMatrix4(group.matrix);
    l.tip = [v.x, v.y, v.z];
  }

  private placeLabels(): void {
    // Looking through the ECM the remote centres are outside the picture: the instruments are named at
    // their tips, as a da Vinci names the instruments in its picture.
    const throughEcm = this.viewName() === 'ECM camera';
    for (const l of this.labels.values()) {
      const where = throughEcm && l.tip ? l.tip : l.anchor;
      const at = where ? this.projectToView(where) : null;
      const shown = at !== null && at.x >= 0 && at.y >= 0 && at.x <= this.container.clientWidth && at.y <= this.container.clientHeight;
      l.el.style.display = shown ? '' : 'none';
      if (shown) l.el.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px) translate(-50%, -130%)`;
    }
  }

  /** Frames the overview on every arm: both workspaces, both remote centres and the camera arm. */
  private frameCart(): void {
    if (!this.cart) return;
    const pts: Vector3[] = [new Vector3(0, 0, 0)];
    const box = this.workspaceBox;
    const corners = (m: Matrix4 | null): void => {
      if (!box) return;
      for (const x of [box.min[0], box.max[0]]) for (const y of [box.min[1], box.max[1]]) for (const z of [box.min[2], box.max[2]]) {
        const v = new Vector3(x, y, z);
        pts.push(m ? v.applyMatrix4(m) : v);
      }
    };
    corners(null);
    const m2 = poseMatrix(this.cart.secondBase);
    pts.push(new Vector3().applyMatrix4(m2));
    corners(m2);
    if (this.cart.ecmBase) pts.push(new Vector3(...this.cart.ecmBase.position));
    const lo = pts[0]!.clone();
    const hi = pts[0]!.clone();
    for (const p of pts) (lo.min(p), hi.max(p));
    this.target = lo.clone().add(hi).multiplyScalar(0.5);
    this.radius = Math.max(0.05, hi.clone().sub(lo).length() / 2);
  }

  /** The measured arm: frames after joints 1..6 and the tip (ArmModel.frames), jaw opening in rad. */
  setArm(frames: ArmFrame[] | null, jawRad: number): void {
    if (!this.arm) return;
    this.arm.group.visible = frames !== null;
    if (frames) {
      placeArm(this.arm, frames, jawRad);
      this.pushTrail(frames[6]!.position);
      this.followTip(frames[6]!.position);
      this.placeDrop(frames[6]!.position);
      this.anchorTip('primary', null, frames[6]!.position);
    }
    this.dirty = true;
  }

  /**
   * Marks the drawn arm as stale (no live telemetry): it fades, so the last known pose is never
   * mistaken for the arm as it is now.
   */
  setStale(stale: boolean): void {
    if (!this.arm || this.stale === stale) return;
    this.stale = stale;
    const groups: Group[] = [this.arm.group];
    if (this.second) groups.push(this.second.arm.group);
    if (this.ecm) groups.push(this.ecm.group);
    for (const g of groups) g.traverse((o) => {
      const m = (o as Mesh).material as MeshStandardMaterial | undefined;
      if (!m || !('opacity' in m)) return;
      m.transparent = stale;
      m.opacity = stale ? 0.35 : 1;
      m.needsUpdate = true;
    });
    for (const l of this.labels.values()) l.el.classList.toggle('stale', stale);
    this.trail.visible = !stale;
    this.drop.visible = !stale && this.drop.visible;
    this.dirty = true;
  }

  /** The predicted ghost; `reachable` false draws it in the warning tone (the core will clamp it). */
  setGhost(frames: ArmFrame[] | null, jawRad: number, reachable = true): void {
    if (!this.ghost) return;
    if (frames === null && !this.ghost.group.visible) return;
    this.ghost.group.visible = frames !== null;
    if (frames) {
      placeArm(this.ghost, frames, jawRad);
      const tone = reachable ? 0xc9a7ff : 0xffb020;
      for (const m of this.ghostMaterials) m.color.setHex(tone);
    }
    this.dirty = true;
  }

  private placeDrop(tip: Vec3): void {
    if (this.floorZ === null) return;
    const h = tip[2] - this.floorZ;
    this.drop.visible = h > 0;
    if (h <= 0) return;
    this.drop.position.set(tip[0], tip[1], this.floorZ);
    const line = this.drop.getObjectByName('line') as Line;
    const pos = line.geometry.getAttribute('position');
    pos.setXYZ(0, 0, 0, h);
    pos.setXYZ(1, 0, 0, 0);
    pos.needsUpdate = true;
    line.computeLineDistances();
    (this.drop.getObjectByName('ring') as Mesh).position.set(0, 0, 0.0002);
  }

  private pushTrail(p: Vec3): void {
    if (this.trailCount < TRAIL_POINTS) {
      this.trailPos.set(p, this.trailCount * 3);
      this.trailCount++;
    } else {
      this.trailPos.copyWithin(0, 3);
      this.trailPos.set(p, (TRAIL_POINTS - 1) * 3);
    }
    const attr = this.trail.geometry.getAttribute('position');
    attr.needsUpdate = true;
    this.trail.geometry.setDrawRange(0, this.trailCount);
  }

  // -------------------------------------------------------------------------------------------
  // Camera

  private views(): readonly ViewName[] {
    const base: readonly ViewName[] = this.cart ? (this.ecmCamera ? ['ECM camera', ...CART_VIEWS] : CART_VIEWS) : VIEWS;
    return this.videoCamera ? ['Camera view', ...base] : base;
  }

  cycleView(): ViewName {
    const views = this.views();
    this.viewIndex = (this.viewIndex + 1) % views.length;
    this.applyView();
    return views[this.viewIndex]!;
  }

  viewName(): ViewName {
    const v = this.views();
    return v[Math.min(this.viewIndex, v.length - 1)]!;
  }

  /**
   * The field's video is shown (its camera) or gone (null). With a camera the 3D view starts registered
   * to the picture ('Camera view'); V still cycles to the 3D-only views.
   */
  setVideoCamera(cam: VideoCamera | null): void {
    const had = this.videoCamera !== null;
    this.videoCamera = cam;
    if (cam && !had) this.viewIndex = 0;
    else if (!cam && had) this.viewIndex = Math.max(0, this.viewIndex - 1);
    this.applyView();
  }

  /** Projection matching the video as the page shows it (object-fit: contain, centred). */
  private fitVideoProjection(): void {
    const c = this.videoCamera!;
    const wc = Math.max(1, this.container.clientWidth);
    const hc = Math.max(1, this.container.clientHeight);
    const scale = Math.min(wc / c.width, hc / c.height);
    // The container's height in video pixels, at the camera's focal length: the vertical field of view.
    this.camera.fov = (2 * Math.atan(hc / scale / 2 / c.fy) * 180) / Math.PI;
    this.camera.aspect = wc / hc;
    // A principal point off the centre shifts the picture: the same shift, in the container's pixels.
    const dx = (c.width / 2 - c.cx) * scale;
    const dy = (c.height / 2 - c.cy) * scale;
    if (dx !== 0 || dy !== 0) this.camera.setViewOffset(wc, hc, dx, dy, wc, hc);
    else this.camera.clearViewOffset();
    this.camera.updateProjectionMatrix();
  }

  private applyView(): void {
    const t = this.target;
    let dir: Vector3;
    const name = this.viewName();
    const fov = name === 'ECM camera' ? ECM_FOV_DEG : DEFAULT_FOV_DEG;
    if (name !== 'Camera view' && this.camera.fov !== fov) {
      this.camera.fov = fov;
      this.camera.clearViewOffset();
      this.camera.updateProjectionMatrix();
    }
    let d = (this.radius / Math.sin((this.camera.fov * Math.PI) / 360)) * 1.02;
    this.camera.up.set(0, 0, 1);
    switch (name) {
      case 'Camera view': {
        const c = this.videoCamera!;
        this.camera.position.set(...c.position);
        this.camera.quaternion.set(...c.orientation).multiply(CV_TO_THREE);
        this.fitVideoProjection();
        this.camera.updateMatrixWorld(true);
        this.dirty = true;
        return;
      }
      case 'ECM camera': {
        // Through the camera arm's lens: what the surgeon sees on a da Vinci.
        const c = this.ecmCamera!;
        this.camera.position.set(...c.position);
        this.camera.quaternion.set(...c.orientation).multiply(ISI_TO_THREE);
        this.camera.updateMatrixWorld(true);
        this.dirty = true;
        return;
      }
      case 'Endoscope view': {
        const at = this.scopeTarget ?? t;
        this.camera.position.copy(at).addScaledVector(ENDOSCOPE_DIR, -ENDOSCOPE_DISTANCE_M);
        this.camera.lookAt(at);
        this.camera.updateMatrixWorld(true);
        this.dirty = true;
        return;
      }
      case 'Side view':
        dir = new Vector3(1, 0.12, 0.18);
        break;
      case 'Top view':
        dir = new Vector3(0, -0.02, 1);
        d *= 0.9;
        this.camera.up.set(0, 1, 0);
        break;
      default:
        // Over the surgeon's shoulder: the whole workspace and the remote centre above it.
        dir = ENDOSCOPE_DIR.clone().negate();
    }
    this.camera.position.copy(t).add(dir.normalize().multiplyScalar(d));
    this.camera.lookAt(t);
    this.camera.updateMatrixWorld(true);
    this.dirty = true;
  }

  /**
   * The endoscope view keeps the tip in its central region: when the tip leaves it, the view glides
   * (translation only, so the screen axes and the hand mapping never change) until the tip is centred.
   */
  private followTip(tip: Vec3): void {
    const p = new Vector3(...tip);
    if (!this.scopeTarget) {
      this.scopeTarget = p.clone();
      this.applyView();
      return;
    }
    if (!this.scopeGoal && p.distanceTo(this.scopeTarget) > ENDOSCOPE_DEADZONE_M) this.scopeGoal = p.clone();
    else if (this.scopeGoal) this.scopeGoal.copy(p);
  }

  /** Advances the endoscope glide; called once per animation frame. */
  private glide(): void {
    if (!this.scopeGoal || !this.scopeTarget) return;
    const step = this.scopeGoal.clone().sub(this.scopeTarget);
    if (step.length() < 0.0005) {
      this.scopeGoal = null;
      return;
    }
    this.scopeTarget.addScaledVector(step, 0.12);
    if (this.viewName() === 'Endoscope view') this.applyView();
  }

  /** Where a base-frame point lands in the view, px from the container's top-left (null: behind the camera). */
  projectToView(p: Vec3): { x: number; y: number } | null {
    const v = new Vector3(...p).project(this.camera);
    if (!(v.z > -1 && v.z < 1)) return null;
    const w = this.container.clientWidth;
    const h = this.container.clientHeight;
    return { x: ((v.x + 1) / 2) * w, y: ((1 - v.y) / 2) * h };
  }

  /** Screen axes in the console (PSM base) frame for the current camera. */
  basis(): ViewBasis {
    // In the headset the scene is turned so the PSM's +z is up and +y points away from the user
    // (enterXr); hand motion maps through that, as on the screen it maps through the camera.
    if (this.renderer?.xr.isPresenting) return { right: [1, 0, 0], up: [0, 0, 1], forward: [0, 1, 0] };
    const e = this.camera.matrixWorld.elements;
    const right: Vec3 = [e[0]!, e[1]!, e[2]!];
    const up: Vec3 = [e[4]!, e[5]!, e[6]!];
    const forward: Vec3 = [-e[8]!, -e[9]!, -e[10]!];
    return { right, up, forward };
  }

  private resize(): void {
    if (!this.renderer) return;
    const w = Math.max(1, this.container.clientWidth);
    const h = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(w, h, false);
    this.renderer.domElement.style.width = '100%';
    this.renderer.domElement.style.height = '100%';
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    if (this.viewName() === 'Camera view') this.fitVideoProjection();
    this.dirty = true;
  }

  private render(): void {
    if (!this.renderer) return;
    this.dirty = false;
    this.renderer.render(this.scene, this.camera);
    if (this.labels.size > 0) this.placeLabels();
  }

  // -------------------------------------------------------------------------------------------
  // WebXR

  /** Whether an immersive VR session can be offered (resolves false when the browser has no WebXR). */
  static async xrSupported(): Promise<boolean> {
    const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
    if (!xr) return false;
    try {
      return await xr.isSessionSupported('immersive-vr');
    } catch {
      return false;
    }
  }

  async enterXr(onEnd: () => void): Promise<void> {
    const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
    if (!xr || !this.renderer) throw new Error('WebXR is not available in this browser.');
    const session = await xr.requestSession('immersive-vr', { optionalFeatures: ['local-floor'] });
    const r = this.renderer;
    r.xr.enabled = true;
    r.xr.setReferenceSpaceType('local');
    await r.xr.setSession(session);
    this.xrRef = r.xr.getReferenceSpace();
    // In the headset, the workspace sits in front of the user at table height, life size x4 for visibility.
    this.scene.scale.setScalar(4);
    this.scene.position.set(0, 1.1, -0.8);
    this.scene.rotation.set(-Math.PI / 2, 0, 0);
    r.setAnimationLoop((_t: number, frame?: XRFrame) => {
      if (frame && this.xrRef) this.onXrFrame?.(frame, this.xrRef);
      r.render(this.scene, this.camera);
    });
    session.addEventListener('end', () => {
      r.setAnimationLoop(null);
      r.xr.enabled = false;
      this.scene.scale.setScalar(1);
      this.scene.position.set(0, 0, 0);
      this.scene.rotation.set(0, 0, 0);
      this.xrRef = null;
      this.dirty = true;
      onEnd();
    });
  }

  dispose(): void {
    this.resizeObs?.disconnect();
    this.renderer?.dispose();
  }
}

/** Whether WebGL runs on a CPU rasteriser; probed on a throw-away context. */
function isSoftwareGl(): boolean {
  try {
    const c = document.createElement('canvas');
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return false;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Placing the arm's parts from the kinematic frames

const tmpM = new Matrix4();

function frameMatrix(f: ArmFrame, out: Matrix4): Matrix4 {
  const r = f.rotation;
  const p = f.position;
  return out.set(
    r[0]![0]!, r[0]![1]!, r[0]![2]!, p[0],
    r[1]![0]!, r[1]![1]!, r[1]![2]!, p[1],
    r[2]![0]!, r[2]![1]!, r[2]![2]!, p[2],
    0, 0, 0, 1,
  );
}

function poseMatrix(p: Pose): Matrix4 {
  return new Matrix4().compose(new Vector3(...p.position), new Quaternion(...p.orientation), new Vector3(1, 1, 1));
}

function setMatrix(g: Group, p: Pose): void {
  g.matrix.copy(poseMatrix(p));
  g.matrixWorldNeedsUpdate = true;
}

/** A row-major 3x3 rotation as a unit quaternion [x, y, z, w]. */
function quatFromRows(r: number[][]): [number, number, number, number] {
  const m = new Matrix4().set(r[0]![0]!, r[0]![1]!, r[0]![2]!, 0, r[1]![0]!, r[1]![1]!, r[1]![2]!, 0, r[2]![0]!, r[2]![1]!, r[2]![2]!, 0, 0, 0, 0, 1);
  const q = new Quaternion().setFromRotationMatrix(m);
  return [q.x, q.y, q.z, q.w];
}

/** The camera arm: housing, scope shaft, the camera head at the lens and its view cone (along +z). */
function makeEcm(): EcmMeshes {
  const group = new Group();
  group.matrixAutoUpdate = false;
  const mat = (color: number): MeshStandardMaterial => new MeshStandardMaterial({ color, metalness: 0.2, roughness: 0.45 });
  const housing = new Mesh(new BoxGeometry(0.04, 0.03, 0.06), mat(0x5f7d96));
  const shaft = new Mesh(new CylinderGeometry(ECM_SHAFT_RADIUS_M, ECM_SHAFT_RADIUS_M, 1, 24), mat(0x9fb4c8));
  const head = new Mesh(new CylinderGeometry(ECM_SHAFT_RADIUS_M * 1.1, ECM_SHAFT_RADIUS_M * 1.1, 0.008, 24), mat(0x2b8cff));
  head.geometry.rotateX(Math.PI / 2);
  // View cone: 60 deg, 4 cm long, from the lens along +z (OpenCV: forward).
  const L = 0.04;
  const h = L * Math.tan((ECM_FOV_DEG / 2) * (Math.PI / 180));
  const c = [[-h, -h], [h, -h], [h, h], [-h, h]];
  const pts: number[] = [];
  for (const [x, y] of c) pts.push(0, 0, 0, x!, y!, L);
  for (let i = 0; i < 4; i++) pts.push(c[i]![0]!, c[i]![1]!, L, c[(i + 1) % 4]![0]!, c[(i + 1) % 4]![1]!, L);
  const cg = new BufferGeometry();
  cg.setAttribute('position', new Float32BufferAttribute(pts, 3));
  const cone = new LineSegments(cg, new LineBasicMaterial({ color: 0x6fb6ff, transparent: true, opacity: 0.8 }));
  for (const m of [housing, shaft, head, cone]) {
    m.matrixAutoUpdate = false;
    m.visible = false;
    group.add(m);
  }
  return { group, shaft, housing, head, cone };
}

/** Puts a unit-height Y-axis cylinder between two points. */
function between(mesh: Mesh, a: Vec3, b: Vec3): void {
  const va = new Vector3(...a);
  const vb = new Vector3(...b);
  const len = va.distanceTo(vb);
  const mid = va.clone().add(vb).multiplyScalar(0.5);
  const dir = vb.clone().sub(va);
  const m = mesh.matrix;
  if (len < 1e-9) {
    m.makeScale(1, 1e-6, 1).setPosition(mid);
  } else {
    dir.normalize();
    // Rotation taking +Y to dir.
    const y = new Vector3(0, 1, 0);
    const axis = y.clone().cross(dir);
    const angle = Math.acos(Math.max(-1, Math.min(1, y.dot(dir))));
    if (axis.lengthSq() < 1e-12) m.makeRotationX(dir.y > 0 ? 0 : Math.PI);
    else m.makeRotationAxis(axis.normalize(), angle);
    m.scale(new Vector3(1, len, 1)).setPosition(mid);
  }
  mesh.matrixWorldNeedsUpdate = true;
}

function placeArm(a: ArmMeshes, f: ArmFrame[], jawRad: number): void {
  const top = f[2]!; // after insertion: the instrument's sterile adapter, top of the shaft
  const wristPitch = f[3]!; // after roll: the wrist pitch axis at the end of the shaft
  const yawAxis = f[5]!; // after wrist yaw: the jaw pivot
  const tip = f[6]!;
  // Housing sits above the shaft top, along the shaft (-z of the frame after insertion).
  frameMatrix(top, a.housing.matrix).multiply(tmpM.makeTranslation(0, 0, -0.03));
  between(a.shaft, top.position, wristPitch.position);
  a.wrist.matrix.makeTranslation(...wristPitch.position);
  between(a.clevis, wristPitch.position, yawAxis.position);
  // Jaws open symmetrically about the tip's x axis (the wrist-yaw axis); they point along the tip's z.
  const half = Math.max(0, jawRad) / 2;
  frameMatrix(tip, a.jawA.matrix).multiply(tmpM.makeRotationX(half));
  frameMatrix(tip, a.jawB.matrix).multiply(tmpM.makeRotationX(-half));
  for (const m of [a.housing, a.shaft, a.wrist, a.clevis, a.jawA, a.jawB]) m.matrixWorldNeedsUpdate = true;
}

