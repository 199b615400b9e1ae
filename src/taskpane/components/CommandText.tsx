/**
 * Text that names command-line options ("--when-due", "--engine / --database"). A browser may end
 * a line after a hyphen, and at 350 px it did, leaving "--" at a line's end and the option's name
 * on the next; each option is kept on one line (no word broken, issue 12's 350 px layout).
 */
const OPTION = /(--[A-Za-z][\w-]*)/;

export function CommandText(props: { children: string }) {
  return (
    <>
      {props.children.split(OPTION).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} style={{ whiteSpace: "nowrap" }}>
            {part}
          </span>
        ) : (
          part
        )
      )}
    </>
  );
}
