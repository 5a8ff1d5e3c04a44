/** Whether a corpus case (by its name) is in the set-aside third. */
export declare function heldOut(name: string): boolean;
