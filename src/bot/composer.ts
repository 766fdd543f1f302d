// grammY's Composer with a `filter` that decides without allocating. grammY's own goes through `lazy`, which builds
// a new Composer and a few promises per update and filter, all kept until the update's reply is sent; `on`,
// `command`, `chatType` and `callbackQuery` are all filters, and a plain question passes two dozen of them.
import { Composer, type Context, type Middleware } from "grammy";

export class LeanComposer<C extends Context> extends Composer<C> {
  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>;
  override filter(
    predicate: (ctx: C) => boolean | Promise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>;
  override filter(
    predicate: (ctx: C) => boolean | Promise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new LeanComposer(...middleware);
    // Same contract as grammY's: the predicate once per update, then the returned composer's middleware or `next`.
    this.use((ctx, next) => {
      const passes = predicate(ctx);
      if (typeof passes === "boolean") return passes ? composer.middleware()(ctx, next) : next();
      return passes.then((yes) => (yes ? composer.middleware()(ctx, next) : next()));
    });
    return composer;
  }
}
