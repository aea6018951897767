import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { todayInJakarta } from "../../i18n/format";
import { mockClient, type SentRequest } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { CataloguePage } from "./CataloguePage";

const training = {
  id: "TRN1",
  title: "Pelatihan Kepemimpinan Administrator Angkatan 4",
  kind: "PKA",
  competency: "Kepemimpinan kinerja",
  hoursJp: 100,
  startsOn: "2027-02-01",
  endsOn: "2027-02-12",
  provider: "BPSDM Provinsi Jambi",
  capacity: 30,
  seatsTaken: 29,
  status: "OPEN",
  curriculum: { id: "CUR1", name: "Pelatihan Kepemimpinan Administrator" },
  mine: { edges: [] },
};

const answer = (req: SentRequest) =>
  req.operationName === "TrainingCatalogue"
    ? {
        body: {
          data: {
            trainings: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: "s", endCursor: "e" },
              edges: [{ node: training }],
            },
          },
        },
      }
    : { body: { data: null } };

const location = () => screen.getByTestId("location").textContent;
const lastWhere = (requests: SentRequest[]) =>
  requests.filter((r) => r.operationName === "TrainingCatalogue").at(-1)?.variables.where;

test("filters in the URL become the trainings' where, and each change goes back into the URL", async () => {
  const { client, requests } = mockClient(answer);
  renderAs("EMPLOYEE", <CataloguePage />, { client, url: "/pelatihan?kind=PKA&seats=1" });

  await screen.findByText("Pelatihan Kepemimpinan Administrator Angkatan 4");
  expect(screen.getByText("1 dari 30 kursi tersisa")).toBeTruthy();
  expect(requests[0].variables).toMatchObject({
    where: { kind: "PKA", seatsLeft: true, startsOnGTE: todayInJakarta() },
    orderBy: [{ field: "STARTS_ON", direction: "ASC" }],
    first: 20,
    me: "EMP1",
    withMine: true,
  });
  expect((screen.getByLabelText("Jenis pelatihan") as HTMLSelectElement).value).toBe("PKA");
  expect((screen.getByLabelText("Hanya yang masih ada kursi") as HTMLInputElement).checked).toBe(true);

  fireEvent.change(screen.getByLabelText("Bulan mulai"), { target: { value: "2027-02" } });
  expect(location()).toBe("/pelatihan?kind=PKA&month=2027-02&seats=1");
  await waitFor(() =>
    expect(lastWhere(requests)).toEqual({
      kind: "PKA",
      seatsLeft: true,
      startsOnGTE: "2027-02-01",
      startsOnLT: "2027-03-01",
    }),
  );

  fireEvent.click(screen.getByLabelText("Hanya yang masih ada kursi"));
  fireEvent.change(screen.getByLabelText("Kompetensi"), { target: { value: "kinerja" } });
  fireEvent.click(screen.getByRole("button", { name: "Cari" }));
  expect(location()).toBe("/pelatihan?kind=PKA&competency=kinerja&month=2027-02");
  await waitFor(() => expect(lastWhere(requests)).toMatchObject({ competencyContainsFold: "kinerja" }));
  expect(lastWhere(requests)).not.toHaveProperty("seatsLeft");

  fireEvent.change(screen.getByLabelText("Urutkan"), { target: { value: "-jp" } });
  expect(location()).toBe("/pelatihan?kind=PKA&competency=kinerja&month=2027-02&sort=-jp");
});

test("an employee may enrol where a seat is left; nominating is for supervisors and HR", async () => {
  const { client } = mockClient(answer);
  renderAs("EMPLOYEE", <CataloguePage />, { client, url: "/pelatihan" });
  await screen.findByRole("button", { name: "Daftar" });
  expect(screen.queryByRole("button", { name: "Nominasikan pegawai" })).toBeNull();
});
