using System.Runtime.CompilerServices;

namespace TraffickingAbm.Models.NarcoLogic.Rules;

/// <summary>
/// R2, the node agent's valuation of one candidate outlet as a "local thinker" (Magliocca et al. 2019, SI,
/// "Node agents"; salience theory of choice under risk, Bordalo, Gennaioli &amp; Shleifer 2012; NarcoLogic 2018
/// code). Two states: "no event" (the shipment arrives) and "event" (it is seized). docs/model.md §7.8 steps 2–3.
/// </summary>
public static class RouteValuation
{
    /// <summary>
    /// R2: the trial quantity q = min(s/n, capacity) that every candidate is valued with, from the even share
    /// s/n of the node's stock s over its n candidates (NarcoLogic 2018 code).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TrialQuantity(double evenShareKg, double capacityKg) => Math.Min(evenShareKg, capacityKg);

    /// <summary>R2: payoff if the shipment arrives, (Δprice − cost)·q, with Δprice = receiver price − sender price.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PayoffNoEvent(double priceGain, double cost, double quantityKg) => (priceGain - cost) * quantityKg;

    /// <summary>R2: payoff if the shipment is seized: the transport cost is lost, −cost·q.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PayoffEvent(double cost, double quantityKg) => -cost * quantityKg;

    /// <summary>R2: salience of a state, σ = |ȳ − x| / (|ȳ| + |x| + 1), ȳ the mean payoff of the other candidates in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Salience(double payoff, double othersMean) =>
        Math.Abs(othersMean - payoff) / (Math.Abs(othersMean) + Math.Abs(payoff) + 1);

    /// <summary>
    /// R2: whether "event" is the salient state of a candidate with payoffs <paramref name="payoffNoEvent"/>,
    /// <paramref name="payoffEvent"/> among <paramref name="candidates"/> candidates whose payoffs sum to
    /// <paramref name="sumNoEvent"/>, <paramref name="sumEvent"/> (this one included). A tie, or a lone
    /// candidate, makes "no event" salient.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EventIsSalient(double payoffNoEvent, double payoffEvent, int candidates, double sumNoEvent, double sumEvent)
    {
        if (candidates <= 1) return false;
        double othersNoEvent = (sumNoEvent - payoffNoEvent) / (candidates - 1), othersEvent = (sumEvent - payoffEvent) / (candidates - 1);
        return Salience(payoffEvent, othersEvent) > Salience(payoffNoEvent, othersNoEvent);
    }

    /// <summary>
    /// R2: the salience-weighted value Σ π_s w_s x_s / Σ π_s w_s, with π = perceived risk for "event" and
    /// 1 − risk for "no event"; the salient state has weight δ (<paramref name="locThink"/>), the other δ².
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Value(double payoffNoEvent, double payoffEvent, double risk, double locThink, bool eventSalient)
    {
        double wEv = eventSalient ? locThink : locThink * locThink;
        double wNo = eventSalient ? locThink * locThink : locThink;
        double norm = risk * wEv + (1 - risk) * wNo;
        return (risk * wEv * payoffEvent + (1 - risk) * wNo * payoffNoEvent) / norm;
    }

    /// <summary>R2 in one call: <see cref="EventIsSalient"/>, then <see cref="Value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double SalientValue(double payoffNoEvent, double payoffEvent, double risk, double locThink,
        int candidates, double sumNoEvent, double sumEvent) =>
        Value(payoffNoEvent, payoffEvent, risk, locThink, EventIsSalient(payoffNoEvent, payoffEvent, candidates, sumNoEvent, sumEvent));
}
