import { seriesCurrency } from "../../../../src/core/read/rates/series-currency";

const agent = { target: "USD", rates: { EUR: 1.08, GBP: 1.27 } };

describe("seriesCurrency: the agent's rates crossed through its currency", () => {
  it("a series in EUR: USD at 1 / 1.08, GBP at 1.27 / 1.08, EUR as it is", () => {
    const eur = seriesCurrency(agent, "eur", "Benchmark");
    expect(eur.target).toBe("EUR");
    expect(eur.rates.USD).toBeCloseTo(0.925925925926, 12);
    expect(eur.rates.GBP).toBeCloseTo(1.175925925926, 12);
    expect(eur.rates.EUR).toBeUndefined();
  });

  it("the agent's own currency changes nothing", () => {
    expect(seriesCurrency(agent, " usd ", "Benchmark")).toBe(agent);
  });

  it("a currency without a rate, or rates by month, are refused naming the series", () => {
    expect(() => seriesCurrency(agent, "CHF", "Benchmark")).toThrow(
      'Series "Benchmark" converts into CHF, but the agent\'s rates have no rate for CHF (units of USD per CHF)'
    );
    expect(() => seriesCurrency({ ...agent, ratesSheet: "Rates" }, "EUR", "Benchmark")).toThrow(
      'the agent\'s rates by month (sheet "Rates") convert into USD only'
    );
  });
});
