import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { dataReducer, isDataAction } from "../../../../src/taskpane/steps/data/data-reducer";

/** The data step's slice: the source sheet, its mapping, the date order and the money options. */
const doc = unprofitableAccountAgent();

test("claims the data step's actions only", () => {
  expect(isDataAction({ type: "setSourceSheet" })).toBe(true);
  expect(isDataAction({ type: "setCurrencyRate" })).toBe(true);
  expect(isDataAction({ type: "updateSeries" })).toBe(false);
  expect(isDataAction({ type: "load" })).toBe(false);
  // A name inherited from Object.prototype is no action.
  expect(isDataAction({ type: "toString" })).toBe(false);
});

test("picking the sheet already open changes nothing; another sheet replaces it", () => {
  const opened = dataReducer(doc, { type: "setSourceSheet", sheet: "Sales" });
  expect(opened.source.sheet).toBe("Sales");
  expect(dataReducer(opened, { type: "setSourceSheet", sheet: "Sales" })).toBe(opened);
});

test("a field mapped by hand, and null giving it back to the automatic mapping", () => {
  const mapped = dataReducer(doc, {
    type: "setFieldMapping",
    field: "InvoicePrice",
    header: "Net Price",
  });
  expect(mapped.source.mapping).toMatchObject({ InvoicePrice: "Net Price" });
  const auto = dataReducer(mapped, {
    type: "setFieldMapping",
    field: "InvoicePrice",
    header: null,
  });
  expect(auto.source.mapping).not.toHaveProperty("InvoicePrice");
});

test("replacing the mapping with an equal one (empty = missing) keeps the same document", () => {
  const mapped = dataReducer(doc, { type: "replaceFieldMapping", mapping: { Quantity: "Qty" } });
  expect(mapped.source.mapping).toEqual({ Quantity: "Qty" });
  const same = dataReducer(mapped, {
    type: "replaceFieldMapping",
    mapping: { Quantity: "Qty", GrossMargin: "" },
  });
  expect(same).toBe(mapped);
});

test("the date order is kept when set and dropped for the default", () => {
  const dmy = dataReducer(doc, { type: "setDateOrder", dateOrder: "DMY" });
  expect(dmy.source.dateOrder).toBe("DMY");
  expect(dataReducer(dmy, { type: "setDateOrder", dateOrder: null }).source).not.toHaveProperty(
    "dateOrder"
  );
});

test("the rebate switch, the target currency, a fixed rate and the rates sheet", () => {
  let next = dataReducer(doc, { type: "setDeductRebate", value: false });
  expect(next.deductRebateFromMargin).toBe(false);
  next = dataReducer(next, { type: "setCurrencyTarget", target: "USD" });
  next = dataReducer(next, { type: "setCurrencyRate", code: "GBP", rate: 1.25 });
  next = dataReducer(next, { type: "setRatesSheet", sheet: "Rates" });
  expect(next.currency).toMatchObject({ target: "USD", ratesSheet: "Rates" });
  expect(next.currency.rates).toMatchObject({ GBP: 1.25 });
  next = dataReducer(next, { type: "setCurrencyRate", code: "GBP", rate: null });
  next = dataReducer(next, { type: "setRatesSheet", sheet: null });
  expect(next.currency.rates).not.toHaveProperty("GBP");
  expect(next.currency).not.toHaveProperty("ratesSheet");
});
