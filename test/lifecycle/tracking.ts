/**
 * Counts what elements leave behind on long-lived objects: event listeners on the window, the
 * document, `<html>`, `<body>`, any other object that is not a node (a MediaQueryList, the visual
 * viewport…) and any node the test names, and the targets of MutationObserver, ResizeObserver and
 * IntersectionObserver. Wraps the prototypes' methods from `start()` to `stop()`.
 *
 * A listener counts once however often it is added (as the browser does), and its removal counts
 * only if it was there. A removal of a listener not added since `start()` counts as −1, so taking
 * away something that was there before shows too. (A `once` listener that fires is removed by the
 * browser unseen: it would show as left behind.)
 */
export class LeakCounter {
  /** Live listeners added since start(), by target. */
  private readonly listeners = new Map<EventTarget, Set<string>>();
  private readonly listenerIds = new WeakMap<object, number>();
  private nextId = 0;
  /** Removals of listeners not added since start(), by label. */
  private readonly unknownRemovals = new Map<string, number>();
  /** What each observer observes. */
  private readonly observed = new Map<object, Set<object>>();
  private readonly extraTargets = new Map<EventTarget, string>();
  private restore: Array<() => void> = [];

  /** Also counts listeners on this node (a scrolling container the elements listen to). */
  watch(target: EventTarget, label: string): void {
    this.extraTargets.set(target, label);
  }

  start(): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const counter = this;
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    proto.addEventListener = function (type, listener, options) {
      counter.added(this, type, listener, options);
      return add.call(this, type, listener, options);
    };
    proto.removeEventListener = function (type, listener, options) {
      counter.removed(this, type, listener, options);
      return remove.call(this, type, listener, options);
    };
    this.restore.push(() => {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    });

    for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver]) {
      const observerProto = Observer.prototype as unknown as Record<string, unknown>;
      const originals = {
        observe: observerProto.observe as (
          this: object,
          target: object,
          ...rest: unknown[]
        ) => void,
        unobserve: observerProto.unobserve as ((this: object, target: object) => void) | undefined,
        disconnect: observerProto.disconnect as (this: object) => void,
      };
      observerProto.observe = function (this: object, target: object, ...rest: unknown[]) {
        const targets = counter.observed.get(this) ?? new Set();
        targets.add(target);
        counter.observed.set(this, targets);
        return originals.observe.call(this, target, ...rest);
      };
      if (originals.unobserve) {
        const unobserve = originals.unobserve;
        observerProto.unobserve = function (this: object, target: object) {
          counter.observed.get(this)?.delete(target);
          return unobserve.call(this, target);
        };
      }
      observerProto.disconnect = function (this: object) {
        counter.observed.delete(this);
        return originals.disconnect.call(this);
      };
      this.restore.push(() => {
        observerProto.observe = originals.observe;
        if (originals.unobserve) observerProto.unobserve = originals.unobserve;
        observerProto.disconnect = originals.disconnect;
      });
    }
  }

  stop(): void {
    for (const undo of this.restore.reverse()) undo();
    this.restore = [];
  }

  /**
   * Net listeners (by target and type, capture marked) and observed targets (by observer type)
   * since start(), leaving out zeros.
   */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    const bump = (key: string, by: number) => {
      out[key] = (out[key] ?? 0) + by;
      if (out[key] === 0) delete out[key];
    };
    for (const [target, keys] of this.listeners) {
      for (const key of keys) bump(`${this.label(target)} ${key.replace(/ #\d+$/, '')}`, 1);
    }
    for (const [label, count] of this.unknownRemovals) bump(label, -count);
    for (const [observer, targets] of this.observed) {
      if (targets.size > 0) bump(observer.constructor.name, targets.size);
    }
    return out;
  }

  /** The name of a watched target, or undefined for one whose listeners die with it. */
  private label(target: EventTarget): string | undefined {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (target === document.documentElement) return '<html>';
    if (target === document.body) return '<body>';
    const extra = this.extraTargets.get(target);
    if (extra !== undefined) return extra;
    // Nodes (the elements themselves, their shadow trees) take their listeners with them.
    if (target instanceof Node) return undefined;
    return target.constructor.name;
  }

  /** `type`, `(capture)` if so, and `#n`: the listener's identity. */
  private key(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options: boolean | EventListenerOptions | undefined,
  ): string | undefined {
    if (listener === null) return undefined;
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    let id = this.listenerIds.get(listener);
    if (id === undefined) {
      id = this.nextId += 1;
      this.listenerIds.set(listener, id);
    }
    return `${type}${capture ? ' (capture)' : ''} #${id}`;
  }

  private added(
    target: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options: boolean | AddEventListenerOptions | undefined,
  ): void {
    if (this.label(target) === undefined) return;
    const key = this.key(type, listener, options);
    if (key === undefined || (typeof options === 'object' && options.signal?.aborted)) return;
    const keys = this.listeners.get(target) ?? new Set();
    keys.add(key);
    this.listeners.set(target, keys);
  }

  private removed(
    target: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options: boolean | EventListenerOptions | undefined,
  ): void {
    const label = this.label(target);
    if (label === undefined) return;
    const key = this.key(type, listener, options);
    if (key === undefined) return;
    if (this.listeners.get(target)?.delete(key)) return;
    const name = `${label} ${key.replace(/ #\d+$/, '')} (removed, not added since start)`;
    this.unknownRemovals.set(name, (this.unknownRemovals.get(name) ?? 0) + 1);
  }
}
